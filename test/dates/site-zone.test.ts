// Dates are computed in the site's zone, so the process zone must never change a result.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { todayInZone } from '../../src/dates/calendar.js';
import { parseDateAnswer } from '../../src/dates/parse-date-answer.js';
import { parseCommand } from '../../src/parse/parse-command.js';

const PROCESS_ZONES = ['UTC', 'America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Auckland'];

const COMMANDS = [
  'move in Jo Ames to Hudson 102 on 2027-03-01',
  'move in Jo Ames tomorrow for 12 months',
  'move out Jo Ames next Friday',
  'move in Jo Ames on 1/8',
  'who is moving in this week?',
  'move-ins in March',
  'move out Jo Ames at the end of the month',
  'move in Jo Ames in 3 days',
];

const INSTANTS = ['2027-01-15T12:00:00Z', '2027-07-15T12:00:00Z', '2026-12-05T03:30:00Z'];

interface ProbeOutput {
  offset: number;
  results: unknown;
}

/** Parses COMMANDS in a child process whose TZ is `zone`. */
function parseUnderProcessZone(zone: string): ProbeOutput {
  const probe = resolve(process.cwd(), 'test/dates/parse-in-process-zone.ts');
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', probe, JSON.stringify(COMMANDS), JSON.stringify(INSTANTS)],
    { env: { ...process.env, TZ: zone }, encoding: 'utf8' },
  );
  if (run.status !== 0) {
    throw new Error(`zone probe failed under TZ=${zone}: ${run.stderr}`);
  }
  return JSON.parse(run.stdout) as ProbeOutput;
}

describe('site zone', () => {
  it('gives the same parses under every process zone', () => {
    const outputs = PROCESS_ZONES.map((zone) => parseUnderProcessZone(zone));
    expect(new Set(outputs.map((output) => output.offset)).size).toBe(PROCESS_ZONES.length);
    for (const output of outputs.slice(1)) {
      expect(output.results).toEqual(outputs[0]?.results);
    }
  });

  it('takes today from the site zone, not UTC', () => {
    const now = new Date('2026-12-04T15:00:00Z');
    expect(todayInZone(now, 'America/New_York')).toBe('2026-12-04');
    expect(todayInZone(now, 'Pacific/Auckland')).toBe('2026-12-05');
    expect(todayInZone(new Date('2026-12-05T03:30:00Z'), 'America/New_York')).toBe('2026-12-04');
    expect(todayInZone(new Date('2026-12-04T23:30:00Z'), 'Asia/Tokyo')).toBe('2026-12-05');
  });

  it('counts relative dates from the site-local today', () => {
    const context = { now: new Date('2026-12-04T15:00:00Z'), zone: 'Pacific/Auckland' };
    expect(parseDateAnswer('tomorrow', context).date).toBe('2026-12-06');
    expect(parseDateAnswer('next Monday', context).date).toBe('2026-12-07');
    expect(parseDateAnswer('Saturday', context).date).toBe('2026-12-05');
  });

  it('keeps a date-only string on its calendar day', () => {
    const context = { now: new Date('2026-12-04T15:00:00Z'), zone: 'America/New_York' };
    expect(parseDateAnswer('2027-03-01', context).date).toBe('2027-03-01');
    expect(parseDateAnswer('March 1', context).date).toBe('2027-03-01');
    expect(parseDateAnswer('12/31', context).date).toBe('2026-12-31');
  });

  it('crosses daylight saving changes by calendar days', () => {
    const springEve = { now: new Date('2027-03-13T15:00:00Z'), zone: 'America/New_York' };
    expect(parseDateAnswer('tomorrow', springEve).date).toBe('2027-03-14');
    expect(parseDateAnswer('in 2 days', springEve).date).toBe('2027-03-15');
    const fallEve = { now: new Date('2027-11-07T04:30:00Z'), zone: 'America/New_York' };
    expect(parseDateAnswer('today', fallEve).date).toBe('2027-11-07');
    expect(parseDateAnswer('tomorrow', fallEve).date).toBe('2027-11-08');
  });

  it('returns a problem for an invalid site zone instead of throwing', () => {
    const command = parseCommand('move in Jo Ames tomorrow', {
      now: new Date('2026-12-04T15:00:00Z'),
      zone: 'Mars/Olympus',
      mappings: [],
    });
    expect(command.intent).toBe('unknown');
    expect(command.problems).toHaveLength(1);
  });
});
