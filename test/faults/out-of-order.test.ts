import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { createFaultTally } from './fault-tally.js';
import { startFaultConsole, type FaultConsole } from './fault-console.js';

const EMAIL = 'jane.order@example.com';
const MOVE_IN = `move in Jane Order ${EMAIL} to Hudson 102 on March 1`;

const tally = createFaultTally('out-of-order');

afterAll(() => {
  process.stdout.write(`${tally.summary()}\n`);
});

describe('clicks out of order', () => {
  let chat: FaultConsole;

  beforeEach(async () => {
    chat = await startFaultConsole();
  });

  afterEach(async () => {
    await chat.close();
  });

  function click(actionId: 'confirm' | 'cancel', value: string) {
    return chat.runtime.frontdesk.handleAction({
      actor: { id: 'sam', displayName: '@sam' },
      conversation: { platform: 'console', channelId: 'local' },
      actionId,
      value,
    });
  }

  function confirmValue(): string {
    return chat.latestCard()!.actions.find((action) => action.id === 'confirm')!.value;
  }

  it('answers a click before its card', async () => {
    tally.inject('click before card');

    const result = await click('confirm', 'proposal-not-stored-yet');

    expect(result.update).toBeNull();
    expect(result.replies).toEqual([
      { kind: 'text', text: 'That card is no longer known. Send the command again.' },
    ]);
    expect(chat.sandbox.requests.count('addResident')).toBe(0);
  });

  it('refuses a stale Confirm after an edit', async () => {
    await chat.say(MOVE_IN);
    const stale = confirmValue();
    await chat.say('edit');
    const edited = await chat.say('March 3');
    expect(edited).toContain('Wed, Mar 3, 2027');
    tally.inject('confirm after edit');

    const late = await click('confirm', stale);

    expect(late.replies.map((reply) => (reply.kind === 'text' ? reply.text : ''))).toEqual([
      expect.stringMatching(/^Already cancelled by @you/),
    ]);
    expect(chat.sandbox.requests.count('addResident')).toBe(0);

    expect(await chat.say('yes')).toContain('Scheduled: Jane Order → Hudson 102');
    const written = chat.sandbox.state
      .residentsOf('site-hudson-yards')
      .filter((resident) => resident.email === EMAIL);
    tally.duplicates(Math.max(0, written.length - 1));
    expect(written).toHaveLength(1);
    expect(written[0]!.activation.toISOString()).toBe('2027-03-03T11:00:00.000Z');
  });

  it('refuses a second Confirm after Cancel', async () => {
    await chat.say(MOVE_IN);
    const value = confirmValue();
    await chat.say('cancel');
    tally.inject('click after Cancel');

    const late = await click('confirm', value);

    expect(late.replies).toEqual([
      { kind: 'text', text: expect.stringMatching(/^Already cancelled by @you at /) },
    ]);
    expect(chat.sandbox.requests.count('addResident')).toBe(0);
  });
});
