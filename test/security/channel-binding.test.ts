import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { startConsole, type ConsoleHarness } from '../helpers/console-harness.js';
import { STORE_BACKENDS } from '../helpers/store-backends.js';

const CONSOLE = { platform: 'console', channelId: 'local' } as const;
const BOUND_TO_HUDSON = 'This channel is bound to Hudson Yards';

describe('channel binding in the console', () => {
  let chat: ConsoleHarness;

  beforeEach(async () => {
    chat = await startConsole();
  });

  afterEach(async () => {
    await chat.close();
  });

  it('binds and names the site in sites', async () => {
    const bound = await chat.say('bind this channel to Hudson Yards');
    expect(bound).toContain('This channel is now bound to Hudson Yards (America/New_York).');

    const sites = await chat.say('sites');
    expect(sites).toContain('• Hudson Yards (PPK-C, America/New_York) · 1 bound channel(s)');
    expect(sites).toContain('This channel is bound to Hudson Yards by @you');
  });

  it('rejects a command that names another site', async () => {
    await chat.say('bind this channel to Hudson Yards');

    const reply = await chat.say('move in Jane Doe to 201 at Sunset Terrace on March 1');

    expect(reply).toContain(`${BOUND_TO_HUDSON}, so it works only on Hudson Yards.`);
    expect(reply).toContain('Ask about Sunset Terrace in a channel that works on Sunset Terrace.');
    expect(chat.latestCard()).toBeNull();
    expect(chat.writes()).toEqual([]);
  });

  it('rejects a unit that exists only at another site', async () => {
    await chat.say('bind this channel to Hudson Yards');

    const lookup = await chat.say('who is in North Hall?');
    const moveIn = await chat.say('move in Jane Doe to 204 on March 1');

    expect(lookup).toContain('North Hall is at Campus Commons, but this channel is bound to');
    expect(lookup).not.toContain('Ava');
    expect(moveIn).toContain('Unit 204 is at Sunset Terrace, but this channel is bound to');
    expect(chat.latestCard()).toBeNull();
  });

  it('keeps use from switching a bound channel', async () => {
    await chat.say('bind this channel to Hudson Yards');

    const reply = await chat.say('use Sunset Terrace');
    const lookup = await chat.say('who is in 101?');

    expect(reply).toContain(BOUND_TO_HUDSON);
    expect(reply).toContain('"unbind this channel"');
    // 101 exists at both sites; the bound channel reads only Hudson Yards' two.
    expect(lookup).toBe('Which 101? Hudson 101, Riverside 101. Ask again with the building.');
  });

  it('rejects a card of another site posted before the binding', async () => {
    await chat.say('move in Jane Doe to 201 at Sunset Terrace on March 1');
    const card = chat.latestCard()!;
    expect(card.title).toContain('Sunset Terrace');
    const confirm = card.actions.find((action) => action.id === 'confirm')!;
    await chat.say('bind this channel to Hudson Yards');

    // The console no longer lets a typed "yes" reach a card above the latest reply, so the old
    // card is clicked the way a Slack or Teams button on it would be.
    const clicked = await chat.runtime.frontdesk.handleAction({
      actor: { id: 'console', displayName: '@you' },
      conversation: CONSOLE,
      actionId: confirm.id,
      value: confirm.value,
    });
    const reply = clicked.replies.map((each) => (each.kind === 'text' ? each.text : '')).join();

    expect(reply).toContain('This card is for Sunset Terrace, but this channel is bound to');
    expect(reply).toContain('Nothing was changed.');
    expect(chat.writes()).toEqual([]);
  });

  it('rejects an answer to a question of another site', async () => {
    const question = await chat.say('move in Jane Doe to 201 at Sunset Terrace');
    expect(question).toContain('When');
    await chat.say('bind this channel to Hudson Yards');

    const reply = await chat.say('March 1');

    expect(reply).toContain('This card is for Sunset Terrace, but this channel is bound to');
    expect(chat.writes()).toEqual([]);
  });

  it('rejects a bulk sentence that reaches another site', async () => {
    await chat.say('bind this channel to Sunset Terrace');

    const named = await chat.say('move out everyone at Campus Commons on Dec 31');
    const prefix = await chat.say('terminate everyone at Campus now');

    expect(named).toContain('This channel is bound to Sunset Terrace');
    expect(prefix).toContain('This channel is bound to Sunset Terrace');
    expect(prefix).toContain('Ask about Campus Commons');
    expect(chat.writes()).toEqual([]);
  });

  it('rejects a bulk preview of another site posted before the binding', async () => {
    const preview = await chat.say('move out everyone in North Hall on Dec 31');
    expect(preview).toContain('Campus Commons');
    const send = chat.latestCard()!.actions.find((action) => action.id === 'bulk_send')!;
    await chat.say('bind this channel to Hudson Yards');

    const clicked = await chat.runtime.frontdesk.handleAction({
      actor: { id: 'console', displayName: '@you' },
      conversation: CONSOLE,
      actionId: send.id,
      value: send.value,
    });

    expect(clicked.update).toBeNull();
    expect(clicked.replies).toEqual([
      { kind: 'text', text: expect.stringContaining('This card is for Campus Commons') },
    ]);
    expect(chat.writes()).toEqual([]);
  });

  it('rejects a digest of other sites', async () => {
    await chat.say('bind this channel to Hudson Yards');

    const all = await chat.say('digest daily 8am for all sites');
    const short = await chat.say('digest daily 8am for Sunset');
    const own = await chat.say('digest daily 8am');

    expect(all).toContain('This channel is bound to Hudson Yards');
    expect(all).toContain('Ask about Sunset Terrace');
    expect(short).toContain('This channel is bound to Hudson Yards');
    expect(own).toContain('Hudson Yards');
    expect(own).not.toContain('Sunset Terrace');
  });

  it('lets an unbound channel switch again', async () => {
    await chat.say('bind this channel to Hudson Yards');

    const unbound = await chat.say('unbind this channel');
    const switched = await chat.say('use Sunset Terrace');
    const again = await chat.say('unbind');

    expect(unbound).toContain('This channel is no longer bound. It still works on Hudson Yards');
    expect(switched).toBe('This conversation now works on Sunset Terrace (America/Los_Angeles).');
    expect(again).toBe('This channel is not bound to a site, so there is nothing to unbind.');
  });

  it('records binding and rejections in the audit trail', async () => {
    await chat.say('bind this channel to Hudson Yards');
    await chat.say('who is in North Hall?');

    const events = await chat.runtime.audit.list({ since: new Date(0) });
    const kinds = events.filter((event) => event.kind !== 'api_call').map((event) => event.kind);

    expect(kinds).toEqual(['binding', 'refusal']);
    expect(events.find((event) => event.kind === 'refusal')?.detail).toEqual({
      reason: 'bound_site',
    });
  });
});

describe.each(STORE_BACKENDS)('channel binding store on %s', (_name, backend) => {
  const AT = new Date('2026-12-04T15:00:00Z');

  it('keeps a binding across reopening and ignores use', async () => {
    const place = backend();
    try {
      const first = await place.open();
      expect(await first.setChannelSite('slack:C1', 'site-a', AT)).toBe(true);
      await first.bindChannel('slack:C1', 'site-b', '<@UBOSS>', AT);
      expect(await first.setChannelSite('slack:C1', 'site-c', AT)).toBe(false);
      await first.close();

      const reopened = await place.open();
      expect(await reopened.getChannelBinding('slack:C1')).toEqual({
        siteId: 'site-b',
        boundBy: '<@UBOSS>',
        boundAt: AT,
      });
      expect(await reopened.listChannelSites('slack:')).toEqual([
        { conversationKey: 'slack:C1', siteId: 'site-b', boundBy: '<@UBOSS>' },
      ]);
      expect(await reopened.unbindChannel('slack:C1', AT)).toBe('site-b');
      expect(await reopened.unbindChannel('slack:C1', AT)).toBeNull();
      expect(await reopened.getChannelSite('slack:C1')).toBe('site-b');
      await reopened.close();
    } finally {
      await place.destroy();
    }
  });

  it('records a purge check once', async () => {
    const place = backend();
    try {
      const store = await place.open();
      expect(await store.hasPurgeCheck('proposal-1')).toBe(false);
      await store.recordPurgeCheck('proposal-1', '@you', AT);
      await store.recordPurgeCheck('proposal-1', '@sam', AT);
      expect(await store.hasPurgeCheck('proposal-1')).toBe(true);
      await store.close();
    } finally {
      await place.destroy();
    }
  });
});
