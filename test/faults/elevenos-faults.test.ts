import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import type { AuditEvent } from '../../src/audit/audit-log.js';
import { createFaultTally } from './fault-tally.js';
import { startFaultConsole, type FaultConsole } from './fault-console.js';

const EMAIL = 'jane.fault@example.com';
const MOVE_IN = `move in Jane Fault ${EMAIL} to Hudson 102 on March 1`;
const SCHEDULED = 'Scheduled: Jane Fault → Hudson 102';

const tally = createFaultTally('elevenos-faults');

afterAll(() => {
  process.stdout.write(`${tally.summary()}\n`);
});

/** Lists the `result` audit rows of confirmations, as "status errorCode". */
function results(events: AuditEvent[]): string[] {
  return events
    .filter((event) => event.kind === 'result')
    .map((event) => `${String(event.detail.status)} ${String(event.detail.errorCode)}`);
}

/** Polls the audit log until an api_call row with this path and status is there. */
async function auditedCall(chat: FaultConsole, path: string, status: number | null) {
  for (let poll = 0; poll < 200; poll += 1) {
    const found = (await chat.audit()).find(
      (event) =>
        event.kind === 'api_call' && event.detail.path === path && event.detail.status === status,
    );
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return undefined;
}

const ADD_PATH = '/team/{teamId}/site/{siteId}/resident';

/** Counts the residents beyond one with the test's email, for the tally, and returns them. */
function residentsOnce(chat: FaultConsole): number {
  const count = chat.residentsWithEmail(EMAIL);
  tally.duplicates(Math.max(0, count - 1));
  return count;
}

describe('ElevenOS faults on a confirmed move-in', () => {
  let chat: FaultConsole;

  beforeEach(async () => {
    chat = await startFaultConsole({ ELEVENOS_TIMEOUT_MS: '500' });
    expect(await chat.say(MOVE_IN)).toContain('[1] Confirm');
  });

  afterEach(async () => {
    await chat.close();
  });

  it('keeps the proposal through a 500 burst', async () => {
    chat.sandbox.faults.failNext(4, { status: 500, routes: ['addResident'] });
    tally.inject('ElevenOS 500', 2);

    const failed = await chat.say('yes');
    chat.sandbox.faults.clear();

    expect(failed).toContain('Not done: Jane Fault → Hudson 102');
    expect(failed).toContain('ElevenOS had a problem; nothing was changed. Try again.');
    expect(failed).toContain('The proposal is kept');
    expect(chat.residentsWithEmail(EMAIL)).toBe(0);

    const retried = await chat.say('retry');

    expect(retried).toContain(SCHEDULED);
    expect(chat.statuses('addResident')).toEqual([500, 500, 200]);
    expect(residentsOnce(chat)).toBe(1);
    expect(results(await chat.audit())).toEqual(['failed ELEVENOS_SERVER_ERROR', 'done null']);
    expect(await auditedCall(chat, ADD_PATH, 500)).toBeDefined();
  });

  it('reads back a write that was applied before a 500', async () => {
    chat.sandbox.faults.failNext(1, { status: 500, afterApply: true, routes: ['addResident'] });
    tally.inject('ElevenOS 500 after apply');

    const reply = await chat.say('yes');

    expect(reply).toContain(SCHEDULED);
    expect(chat.statuses('addResident')).toEqual([500]);
    expect(chat.statuses('listResidents').length).toBeGreaterThan(0);
    expect(residentsOnce(chat)).toBe(1);
    expect(results(await chat.audit())).toEqual(['done null']);
    expect(await auditedCall(chat, ADD_PATH, 500)).toBeDefined();
  });

  it('reads back a write answered after the timeout', async () => {
    chat.sandbox.faults.hangNext(1, 2_000, ['addResident']);
    tally.inject('ElevenOS slow answer');

    const reply = await chat.say('yes');

    expect(reply).toContain(SCHEDULED);
    expect(chat.sandbox.requests.count('addResident')).toBe(1);
    expect(residentsOnce(chat)).toBe(1);
    expect(results(await chat.audit())).toEqual(['done null']);
    // A timed-out call has no status, so its audit row records null.
    expect(await auditedCall(chat, ADD_PATH, null)).toBeDefined();
  });

  it('offers a retry when the read-back fails', async () => {
    chat.sandbox.faults.hangNext(1, 2_000, ['addResident']);
    chat.sandbox.faults.failEvery(1, { status: 503, routes: ['listResidents'] });
    tally.inject('ElevenOS slow answer');

    const unknown = await chat.say('yes');
    const failedReads = chat.statuses('listResidents').length;
    tally.inject('ElevenOS 503', failedReads);
    chat.sandbox.faults.clear();

    expect(unknown).toContain('Outcome unknown: Jane Fault → Hudson 102');
    expect(unknown).toContain('Frontdesk could not confirm whether the change was made');
    expect(unknown).toContain('Try again checks ElevenOS first and sends nothing twice.');
    expect(failedReads).toBeGreaterThan(0);
    expect(chat.residentsWithEmail(EMAIL)).toBe(1);

    const retried = await chat.say('retry');

    expect(retried).toContain(SCHEDULED);
    expect(chat.sandbox.requests.count('addResident')).toBe(1);
    expect(residentsOnce(chat)).toBe(1);
    expect(results(await chat.audit())).toEqual(['unknown ELEVENOS_TIMEOUT', 'done null']);
  });

  it.each([
    ['expires', (chat: FaultConsole) => chat.sandbox.faults.expireTokens()],
    ['revokes', (chat: FaultConsole) => chat.sandbox.faults.revokeTokens()],
  ])('gets one new token when the sandbox %s it', async (_how, endToken) => {
    endToken(chat);
    tally.inject('ElevenOS token ended');

    const reply = await chat.say('yes');

    expect(reply).toContain(SCHEDULED);
    expect(chat.statuses('token')).toEqual([200, 200]);
    expect(chat.statuses('addResident')).toEqual([403, 200]);
    expect(residentsOnce(chat)).toBe(1);
    expect(results(await chat.audit())).toEqual(['done null']);
    expect(await auditedCall(chat, ADD_PATH, 403)).toBeDefined();
  });

  it('keeps the proposal after a 409 and schedules once on retry', async () => {
    chat.sandbox.faults.failNext(1, {
      status: 409,
      routes: ['addResident'],
      message: 'A resident with this email already exists',
    });
    tally.inject('ElevenOS 409');

    const failed = await chat.say('yes');

    expect(failed).toContain(`Not scheduled: Hudson Yards already has a resident with ${EMAIL}.`);
    expect(failed).toContain('The proposal is kept');

    const retried = await chat.say('retry');

    expect(retried).toContain(SCHEDULED);
    expect(chat.statuses('addResident')).toEqual([409, 200]);
    expect(residentsOnce(chat)).toBe(1);
    expect(results(await chat.audit())).toEqual(['failed ELEVENOS_CONFLICT', 'done null']);
  });

  it('keeps the proposal after a 406 and schedules once on retry', async () => {
    chat.sandbox.faults.failNext(1, {
      status: 406,
      routes: ['addResident'],
      message: 'ActivationDate is outside the site service window',
    });
    tally.inject('ElevenOS 406');

    const failed = await chat.say('yes');

    expect(failed).toContain(
      'ElevenOS rejected the details: the move-in date is outside the site service window.',
    );
    expect(failed).toContain('fix it with Edit, or try again');

    const retried = await chat.say('retry');

    expect(retried).toContain(SCHEDULED);
    expect(chat.statuses('addResident')).toEqual([406, 200]);
    expect(residentsOnce(chat)).toBe(1);
    expect(results(await chat.audit())).toEqual(['failed ELEVENOS_VALIDATION', 'done null']);
  });
});

describe('ElevenOS faults on a lookup', () => {
  let chat: FaultConsole;

  beforeEach(async () => {
    chat = await startFaultConsole();
  });

  afterEach(async () => {
    await chat.close();
  });

  it('asks for the message again after a 500 burst', async () => {
    // Four failures use up the read's retries: one attempt and three retries.
    chat.sandbox.faults.failNext(4, { status: 500 });
    tally.inject('ElevenOS 500', 4);

    const failed = await chat.say(MOVE_IN);

    expect(failed).toBe(
      'Could not look that up: ElevenOS had a problem, and nothing was changed. Send the same message again in a minute.',
    );
    expect(failed).not.toContain('[1] Confirm');

    const again = await chat.say(MOVE_IN);
    expect(again).toContain('[1] Confirm');
    const confirmed = await chat.say('yes');

    expect(confirmed).toContain(SCHEDULED);
    expect(chat.sandbox.requests.count('addResident')).toBe(1);
    expect(residentsOnce(chat)).toBe(1);
    expect(
      chat.sandbox.requests.list().filter((entry) => entry.faulted && entry.status === 500),
    ).toHaveLength(4);
  });
});
