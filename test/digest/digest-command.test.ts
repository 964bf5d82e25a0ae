import { describe, expect, it } from '@jest/globals';

import { parseDigestCommand, readDigestChanges } from '../../src/digest/digest-command.js';

describe('parseDigestCommand', () => {
  it('ignores messages that do not start with digest', () => {
    expect(parseDigestCommand('who is moving in next week?')).toBeNull();
    expect(parseDigestCommand('the digest is late')).toBeNull();
  });

  it.each([
    ['digest now', 'now'],
    ['digest post now', 'now'],
    ['digest pause', 'pause'],
    ['Digest resume.', 'resume'],
    ['digest off', 'off'],
    ['digest stop', 'off'],
    ['digest settings', 'settings'],
    ['digest', 'help'],
    ['digest help', 'help'],
  ])('reads "%s" as %s', (text, kind) => {
    expect(parseDigestCommand(text)).toEqual({ kind });
  });

  it('reads a schedule with its look-ahead', () => {
    expect(parseDigestCommand('digest mondays 9:00 next 14 days')).toEqual({
      kind: 'set',
      changes: { weekdays: [1], time: { hour: 9, minute: 0 }, windowDays: 14 },
    });
  });

  it('reads sites, zone and flags', () => {
    expect(
      parseDigestCommand(
        'digest weekdays 7:30 in America/Chicago move-ins only skip empty for Hudson Yards and Sunset Terrace',
      ),
    ).toEqual({
      kind: 'set',
      changes: {
        weekdays: [1, 2, 3, 4, 5],
        time: { hour: 7, minute: 30 },
        zone: 'America/Chicago',
        includeMoveOuts: false,
        skipIfEmpty: true,
        sitePhrase: 'hudson yards and sunset terrace',
      },
    });
  });

  it('reads a schedule written after the sites', () => {
    expect(parseDigestCommand('digest for Hudson Yards daily 8am')).toEqual({
      kind: 'set',
      changes: {
        weekdays: [0, 1, 2, 3, 4, 5, 6],
        time: { hour: 8, minute: 0 },
        sitePhrase: 'hudson yards',
      },
    });
  });

  it.each([
    ['digest next 2 weeks', { windowDays: 14 }],
    ['digest 10 days ahead', { windowDays: 10 }],
    ['digest include move-outs', { includeMoveOuts: true }],
    ['digest post even if empty', { skipIfEmpty: false }],
    [
      'digest daily 8am in ET',
      { weekdays: [0, 1, 2, 3, 4, 5, 6], time: { hour: 8, minute: 0 }, zone: 'America/New_York' },
    ],
  ])('reads the change "%s"', (text, changes) => {
    expect(parseDigestCommand(text)).toEqual({ kind: 'set', changes });
  });

  it.each([
    ['digest next 40 days', 'a digest looks 1 to 31 days ahead, not 40'],
    ['digest daily 8am in Mars/Base', '"Mars/Base" is not a time zone'],
    ['digest blah 8am', '"blah" is not a digest setting'],
    ['digest daily 25:00', '25:00 is not a time of day'],
  ])('explains what is wrong with "%s"', (text, problem) => {
    const command = parseDigestCommand(text);

    expect(command?.kind).toBe('invalid');
    expect(command?.kind === 'invalid' ? command.problem : '').toContain(problem);
  });
});

describe('readDigestChanges', () => {
  it('ignores other words in a sentence when lenient', () => {
    expect(
      readDigestChanges('please send this channel a daily summary at 9am', { lenient: true }),
    ).toEqual({
      changes: { weekdays: [0, 1, 2, 3, 4, 5, 6], time: { hour: 9, minute: 0 } },
    });
  });
});
