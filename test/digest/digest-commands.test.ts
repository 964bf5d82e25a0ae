import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import type { Card, Reply } from '../../src/bot/replies.js';
import { CHANNEL, startDigestHarness, type DigestHarness } from './helpers/digest-harness.js';

// Fri, Dec 4, 2026, 10:00 in New York.
const NOW = '2026-12-04T15:00:00Z';

function cardOf(reply: Reply | undefined): Card {
  if (reply?.kind !== 'card') throw new Error(`expected a card, got ${JSON.stringify(reply)}`);
  return reply.card;
}

function textOf(reply: Reply | undefined): string {
  if (reply?.kind !== 'text') throw new Error(`expected text, got ${JSON.stringify(reply)}`);
  return reply.text;
}

function field(card: Card, label: string): string | undefined {
  return card.fields.find((each) => each.label === label)?.value;
}

describe('digest commands', () => {
  let harness: DigestHarness;

  beforeEach(async () => {
    harness = await startDigestHarness(NOW);
  });

  afterEach(async () => {
    await harness.close();
  });

  it('asks for a site in a channel without one', async () => {
    const [reply] = await harness.say('digest daily 8am');

    expect(textOf(reply)).toContain('Which site should the digest list?');
    expect(textOf(reply)).toContain('Sites: Hudson Yards, Sunset Terrace, Campus Commons.');
    expect(await harness.subscription()).toBeNull();
  });

  it('subscribes the channel to its site’s digest', async () => {
    await harness.say('use Hudson Yards');

    const card = cardOf((await harness.say('digest daily 8am'))[0]);

    expect(card.title).toBe('This channel now gets the digest Daily at 8:00 AM ET · next 7 days');
    expect(field(card, 'Sites')).toBe('Hudson Yards');
    expect(field(card, 'Schedule')).toBe('Daily at 8:00 AM ET (America/New_York)');
    expect(field(card, 'Looks ahead')).toBe('7 days · move-ins and move-outs');
    expect(field(card, 'When empty')).toBe('posts one line saying so');
    expect(field(card, 'Status')).toBe('Active · next post Sat, Dec 5, 8:00 AM EST (13:00 UTC)');
    expect(card.actions.map((action) => action.id)).toEqual(['digest_pause', 'digest_now']);
    expect(await harness.subscription()).toMatchObject({
      conversation: { platform: 'slack', channelId: CHANNEL },
      zone: 'America/New_York',
      createdBy: 'UFAKEMARIA',
    });
  });

  it('names several sites and a zone of its own', async () => {
    const card = cardOf(
      (
        await harness.say(
          'digest mondays 9:00 next 14 days in America/Chicago for Hudson Yards and Sunset Terrace',
        )
      )[0],
    );

    expect(field(card, 'Sites')).toBe('Hudson Yards, Sunset Terrace');
    expect(field(card, 'Schedule')).toBe('Mondays at 9:00 AM CT (America/Chicago)');
    expect(field(card, 'Status')).toBe('Active · next post Mon, Dec 7, 9:00 AM CST (15:00 UTC)');
  });

  it('rejects an unknown site', async () => {
    const [reply] = await harness.say('digest daily 8am for Hudsen Towers');

    expect(textOf(reply)).toBe(
      'There is no site called "hudsen towers". Sites: Hudson Yards, Sunset Terrace, Campus Commons.',
    );
  });

  it('changes one setting and keeps the others', async () => {
    await harness.say('use Hudson Yards');
    await harness.say('digest weekdays 7:30');

    const card = cardOf((await harness.say('digest next 14 days move-ins only skip empty'))[0]);

    expect(card.title).toBe(
      'Updated: this channel gets the digest Weekdays at 7:30 AM ET · next 14 days',
    );
    expect(field(card, 'Looks ahead')).toBe('14 days · move-ins only');
    expect(field(card, 'When empty')).toBe('skips the post');
  });

  it('asks for a time before the first schedule', async () => {
    await harness.say('use Hudson Yards');

    const [reply] = await harness.say('digest next 14 days');

    expect(textOf(reply)).toBe('When should the digest post? For example "digest daily 8am".');
  });

  it('explains an unreadable command and lists the commands', async () => {
    const [reply] = await harness.say('digest fortnightly 8am');

    expect(textOf(reply)).toContain(
      'I couldn\'t use that digest command: "fortnightly" is not a digest setting.',
    );
    expect(textOf(reply)).toContain('digest now, digest pause, digest resume, digest off');
  });

  it('answers verbs in a channel without a digest', async () => {
    for (const verb of ['now', 'pause', 'resume', 'off', 'settings']) {
      const [reply] = await harness.say(`digest ${verb}`);
      expect(textOf(reply)).toContain('This channel has no digest.');
    }
  });

  it('subscribes from the parser’s digest intent', async () => {
    await harness.say('use Hudson Yards');

    const card = cardOf((await harness.say('send a daily summary at 9am'))[0]);

    expect(field(card, 'Schedule')).toBe('Daily at 9:00 AM ET (America/New_York)');
  });

  it('turns the digest off from the parser’s unsubscribe intent', async () => {
    await harness.say('use Hudson Yards');
    await harness.say('digest daily 8am');

    const [reply] = await harness.say('unsubscribe this channel from the daily summary');

    expect(textOf(reply)).toContain('The digest is off for this channel.');
    expect(await harness.subscription()).toBeNull();
  });

  it('pauses from the settings card in place', async () => {
    await harness.say('use Hudson Yards');
    await harness.say('digest daily 8am');
    const settings = cardOf((await harness.say('digest settings'))[0]);
    const pause = settings.actions.find((action) => action.id === 'digest_pause')!;

    const result = await harness.runtime.frontdesk.handleAction({
      actor: { id: 'UFAKESAM01', displayName: '@sam' },
      conversation: { platform: 'slack', channelId: CHANNEL },
      actionId: pause.id,
      value: pause.value,
    });

    expect(result.replies).toEqual([]);
    expect(result.update?.title).toBe('Digest paused');
    expect(result.update?.actions.map((action) => action.label)).toEqual(['Resume', 'Post now']);
    expect((await harness.subscription())?.status).toBe('paused');
  });

  it('answers a click on a card from before digest off', async () => {
    await harness.say('use Hudson Yards');
    const settings = cardOf((await harness.say('digest daily 8am'))[0]);
    await harness.say('digest off');
    await harness.say('digest daily 9am');
    const pause = settings.actions.find((action) => action.id === 'digest_pause')!;

    const result = await harness.runtime.frontdesk.handleAction({
      actor: { id: 'UFAKESAM01', displayName: '@sam' },
      conversation: { platform: 'slack', channelId: CHANNEL },
      actionId: pause.id,
      value: pause.value,
    });

    expect(result.update).toBeNull();
    expect(textOf(result.replies[0])).toContain('This channel has no digest.');
    expect((await harness.subscription())?.status).toBe('active');
  });

  it('queues a post from the digest card’s Post now', async () => {
    await harness.say('use Hudson Yards');
    await harness.say('digest daily 8am');
    const id = (await harness.subscription())!.id;

    const result = await harness.runtime.frontdesk.handleAction({
      actor: { id: 'UFAKESAM01', displayName: '@sam' },
      conversation: { platform: 'slack', channelId: CHANNEL },
      actionId: 'digest_now',
      value: `${id}:digest`,
    });

    expect(result.update).toBeNull();
    expect(textOf(result.replies[0])).toContain('The digest is on its way');
    expect((await harness.runs()).map((run) => [run.kind, run.status])).toEqual([
      ['manual', 'pending'],
    ]);
  });

  it('lets anyone click the digest buttons', () => {
    expect(harness.runtime.frontdesk.isWriteAction('digest_pause')).toBe(false);
    expect(harness.runtime.frontdesk.isWriteAction('digest_now')).toBe(false);
  });
});
