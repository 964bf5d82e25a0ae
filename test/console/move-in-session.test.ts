import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { startConsole, type ConsoleHarness } from '../helpers/console-harness.js';

describe('console move-in session', () => {
  let chat: ConsoleHarness;

  beforeEach(async () => {
    chat = await startConsole();
  });

  afterEach(async () => {
    await chat.close();
  });

  it('shows a card with the site-local and UTC activation', async () => {
    const card = await chat.say('move in Jane Doe jane@example.com to Hudson 102 on March 1');
    expect(card).toContain('Move in Jane Doe → Hudson 102 (floor 1) · Hudson Yards');
    expect(card).toContain('Mon, Mar 1, 2027, 6:00 AM EST (11:00 UTC)');
    expect(card).toContain('jane@example.com');
    expect(card).toContain('[1] Confirm  [2] Edit  [3] Cancel');
    expect(chat.writes()).toEqual([]);
  });

  it('names the zone of the card expiry', async () => {
    const card = await chat.say('move in Jane Doe to 201 at Sunset Terrace on March 1');
    // The harness clock is 10:00 AM in New York; a card lasts a day, shown in Sunset's zone.
    expect(card).toContain('this card expires Sat, Dec 5 at 7:00 AM PST');
  });

  it('schedules the resident on yes and lists them in a lookup', async () => {
    await chat.say('move in Jane Doe jane@example.com to Hudson 102 on March 1');
    const outcome = await chat.say('yes');
    expect(outcome).toContain('Scheduled: Jane Doe → Hudson 102');
    expect(outcome).toContain('Confirmed by @you');

    const lookup = await chat.say('who is in Hudson 102?');
    expect(lookup).toMatch(/Jane Doe · scheduled/);
    expect(chat.writes()).toEqual(['POST /team/{teamId}/site/{siteId}/resident']);
  });

  it('sends one write when Confirm is clicked twice', async () => {
    await chat.say('move in Jane Doe to Hudson 102 on March 1');
    const confirm = chat.latestCard()?.actions.find((action) => action.id === 'confirm');
    await chat.say('1');
    const staleClick = await chat.runtime.frontdesk.handleAction({
      actor: { id: 'other', displayName: '@sam' },
      conversation: { platform: 'console', channelId: 'local' },
      actionId: 'confirm',
      value: confirm!.value,
    });
    expect(staleClick.replies).toEqual([
      {
        kind: 'text',
        text: expect.stringMatching(/^Already confirmed by @you at \d+:\d\d [AP]M\.$/),
      },
    ]);
    expect(chat.writes()).toEqual(['POST /team/{teamId}/site/{siteId}/resident']);
  });

  it('sends one write when two clicks race', async () => {
    await chat.say('move in Jane Doe to Hudson 102 on March 1');
    const confirm = chat.latestCard()?.actions.find((action) => action.id === 'confirm');
    const working: string[] = [];
    const click = (id: string) =>
      chat.runtime.frontdesk.handleAction({
        actor: { id, displayName: `@${id}` },
        conversation: { platform: 'console', channelId: 'local' },
        actionId: 'confirm',
        value: confirm!.value,
        onWorking: (card) => {
          working.push(`${id}: ${card.title}`);
          return Promise.resolve();
        },
      });
    const results = await Promise.all([click('sam'), click('maria'), click('lee')]);
    const outcomes = results.map((result) => result.update?.title ?? 'no update');
    expect(outcomes.filter((title) => title.startsWith('Scheduled'))).toHaveLength(1);
    expect(outcomes.filter((title) => title.startsWith('Working'))).toHaveLength(0);
    expect(working).toHaveLength(1);
    expect(working[0]).toMatch(/^(sam|maria|lee): Working: Jane Doe → Hudson 102/);
    expect(chat.writes()).toEqual(['POST /team/{teamId}/site/{siteId}/resident']);
  });

  it('tells a late click that the card expired', async () => {
    await chat.say('move in Jane Doe to Hudson 102 on March 1');
    chat.clock.now = new Date(chat.clock.now.getTime() + 25 * 60 * 60_000);
    const reply = await chat.say('yes');
    expect(reply).toMatch(/This card expired at .+\. Send the command again for a fresh card\./);
    expect(chat.writes()).toEqual([]);
  });

  it('answers nonsense with examples instead of failing', async () => {
    const reply = await chat.say('asdfgh qwerty');
    expect(reply).toContain("I didn't catch that.");
    expect(reply).toContain('move in Jane Doe to Hudson 102 on March 1');
    expect(reply).toContain('"help"');
  });

  it('lists every command on help', async () => {
    const reply = await chat.say('help');
    for (const heading of ['Residents', 'Lists and digests', 'Bulk', 'Settings']) {
      expect(reply).toContain(heading);
    }
    expect(reply).toContain('move out John Smith from Hudson 203 on Dec 31');
  });
});

describe('console recovery after a crash', () => {
  let chat: ConsoleHarness;

  beforeEach(async () => {
    chat = await startConsole();
  });

  afterEach(async () => {
    await chat.close();
  });

  /** Leaves a confirmed move-in as a crashed process would: sent to ElevenOS, never finished. */
  async function crashAfterSending(): Promise<string> {
    await chat.say('move in Jane Doe jane@example.com to Hudson 102 on March 1');
    const proposalId = chat.latestCard()!.actions.find((action) => action.id === 'confirm')!.value;
    const proposal = (await chat.runtime.store.getProposal(proposalId))!;
    if (proposal.action.type !== 'move_in') throw new Error('expected a move-in proposal');
    await chat.runtime.store.transitionProposal(proposalId, {
      from: ['open'],
      to: 'working',
      actor: '@crashed',
      at: chat.clock.now,
    });
    const { resident, unit, activationUtc } = proposal.action;
    await chat.runtime.client.addResident(proposal.teamId, proposal.siteId, {
      ...resident,
      ...unit,
      activationDateUtc: activationUtc,
      deactivationDateUtc: null,
    });
    return proposalId;
  }

  it('reports a confirmation still in progress', async () => {
    await crashAfterSending();
    expect(await chat.say('yes')).toContain('@crashed is confirming this right now.');
  });

  it('takes over a stale confirmation without a second write', async () => {
    await crashAfterSending();
    chat.clock.now = new Date(chat.clock.now.getTime() + 6 * 60_000);
    expect(await chat.say('yes')).toContain('Scheduled: Jane Doe → Hudson 102');
    expect(chat.writes()).toEqual(['POST /team/{teamId}/site/{siteId}/resident']);
  });
});
