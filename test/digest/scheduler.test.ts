import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { createRunRepository } from '../../src/digest/run-repository.js';
import {
  cardsOf,
  postInstants,
  startDigestHarness,
  type DigestHarness,
} from './helpers/digest-harness.js';

// Mon, Mar 1, 2027: New York is on EST, so 08:00 local is 13:00Z.
const START = '2027-03-01T00:00:00Z';
const SLOT = '2027-03-01T13:00:00.000Z';

describe('digest scheduler', () => {
  let harness: DigestHarness;

  beforeEach(async () => {
    harness = await startDigestHarness(START);
    await harness.say('use Hudson Yards');
  });

  afterEach(async () => {
    await harness.close();
  });

  it('posts a slot missed during a restart inside the grace period once', async () => {
    await harness.say('digest daily 8am');
    await harness.tickAt(harness.scheduler({ workerId: 'worker-a' }), '2027-03-01T12:50:00Z');

    const restarted = harness.scheduler({ workerId: 'worker-b' });
    await harness.tickAt(restarted, '2027-03-01T13:40:00Z');
    await harness.tickAt(restarted, '2027-03-01T13:55:00Z');
    await harness.tickAt(harness.scheduler({ workerId: 'worker-c' }), '2027-03-01T14:05:00Z');

    expect(postInstants(harness.poster)).toEqual(['2027-03-01T13:40:00.000Z']);
    const runs = await harness.runs();
    expect(runs.map((run) => [run.slot.toISOString(), run.status])).toEqual([[SLOT, 'posted']]);
  });

  it('skips and logs a slot missed past the grace period', async () => {
    await harness.say('digest daily 8am');

    const restarted = harness.scheduler();
    await harness.tickAt(restarted, '2027-03-01T14:30:00Z');
    await harness.tickAt(restarted, '2027-03-01T14:45:00Z');

    expect(harness.poster.posts).toEqual([]);
    const missed = harness.logs.messages('digest slot missed: past its grace period');
    expect(missed).toHaveLength(1);
    expect(missed[0]).toMatchObject({ slot: SLOT, kind: 'scheduled', level: 40 });
    expect((await harness.runs()).map((run) => run.status)).toEqual(['missed']);
  });

  it('takes over a claim left by a dead worker after its lease', async () => {
    await harness.say('digest daily 8am');
    const subscription = (await harness.subscription())!;
    const runs = createRunRepository(harness.runtime.store.db);
    const at = new Date(SLOT);
    await runs.addPending(subscription.id, 'scheduled', at, at);
    const [pending] = await runs.listOpen(at, 10);
    expect(await runs.claim(pending!, 'dead-worker', at, new Date('2027-03-01T13:05:00Z'))).toBe(
      true,
    );

    const survivor = harness.scheduler({ workerId: 'survivor' });
    await harness.tickAt(survivor, '2027-03-01T13:02:00Z');
    expect(harness.poster.posts).toEqual([]);

    await harness.tickAt(survivor, '2027-03-01T13:05:00Z');
    await harness.tickAt(survivor, '2027-03-01T13:20:00Z');
    expect(postInstants(harness.poster)).toEqual(['2027-03-01T13:05:00.000Z']);
    const [run] = await harness.runs();
    expect(run).toMatchObject({ status: 'posted', attempts: 2, claimedBy: 'survivor' });
  });

  it('posts nothing while paused and resumes without catching up', async () => {
    await harness.say('digest daily 8am');
    const scheduler = harness.scheduler();
    await harness.tickAt(scheduler, '2027-03-01T13:00:00Z');

    harness.clock.now = new Date('2027-03-01T20:00:00Z');
    await harness.say('digest pause');
    await harness.tickEvery(scheduler, '2027-03-02T00:00:00Z', '2027-03-03T23:45:00Z', 15);
    expect(postInstants(harness.poster)).toEqual(['2027-03-01T13:00:00.000Z']);

    harness.clock.now = new Date('2027-03-04T09:00:00Z');
    const [reply] = await harness.say('digest resume');
    await harness.tickEvery(scheduler, '2027-03-04T09:00:00Z', '2027-03-04T14:00:00Z', 15);

    expect(reply?.kind === 'card' ? reply.card.title : '').toBe('Digest resumed');
    expect(postInstants(harness.poster)).toEqual([
      '2027-03-01T13:00:00.000Z',
      '2027-03-04T13:00:00.000Z',
    ]);
  });

  it('closes a slot recorded before a pause without posting it', async () => {
    await harness.say('digest daily 8am');
    const subscription = (await harness.subscription())!;
    const at = new Date(SLOT);
    await createRunRepository(harness.runtime.store.db).addPending(
      subscription.id,
      'scheduled',
      at,
      at,
    );
    await harness.say('digest pause');

    await harness.tickAt(harness.scheduler(), '2027-03-01T13:01:00Z');

    expect(harness.poster.posts).toEqual([]);
    expect((await harness.runs()).map((run) => run.status)).toEqual(['paused']);
  });

  it('stops posting and forgets the digest after digest off', async () => {
    await harness.say('digest daily 8am');
    const scheduler = harness.scheduler();
    await harness.tickAt(scheduler, '2027-03-01T13:00:00Z');
    const id = (await harness.subscription())!.id;

    const [reply] = await harness.say('digest off');
    await harness.tickEvery(scheduler, '2027-03-02T00:00:00Z', '2027-03-03T00:00:00Z', 15);

    expect(reply).toEqual({
      kind: 'text',
      text: 'The digest is off for this channel. "digest daily 8am" sets up a new one.',
    });
    expect(harness.poster.posts).toHaveLength(1);
    expect(await harness.subscription()).toBeNull();
    expect(await createRunRepository(harness.runtime.store.db).listForSubscription(id)).toEqual([]);
  });

  it('skips an empty digest when asked to', async () => {
    // The sandbox's first move is three days after its start, so a one-day window is empty.
    await harness.say('digest daily 8am next 1 days skip empty');

    await harness.tickAt(harness.scheduler(), '2027-03-01T13:00:00Z');

    expect(harness.poster.posts).toEqual([]);
    expect((await harness.runs()).map((run) => run.status)).toEqual(['empty']);
    expect(harness.logs.messages('digest skipped: nothing in its window')).toHaveLength(1);
  });

  it('posts an empty digest as one line by default', async () => {
    await harness.say('digest daily 8am next 1 days');

    await harness.tickAt(harness.scheduler(), '2027-03-01T13:00:00Z');

    const [card] = cardsOf(harness.poster.posts[0]);
    expect(card?.title).toBe('No move-ins or move-outs · Hudson Yards · Mon, Mar 1');
    expect(card?.fields).toEqual([]);
  });

  it('posts at once on digest now and keeps the schedule', async () => {
    await harness.say('digest daily 8am');
    const scheduler = harness.scheduler();
    await harness.tickAt(scheduler, '2027-03-01T10:00:00Z');

    harness.clock.now = new Date('2027-03-01T10:00:05Z');
    const [reply] = await harness.say('digest now');
    await harness.tickAt(scheduler, '2027-03-01T10:00:15Z');
    await harness.tickAt(scheduler, '2027-03-01T10:00:30Z');
    await harness.tickEvery(scheduler, '2027-03-01T12:45:00Z', '2027-03-01T13:15:00Z', 15);

    expect(reply?.kind).toBe('text');
    expect(postInstants(harness.poster)).toEqual([
      '2027-03-01T10:00:15.000Z',
      '2027-03-01T13:00:00.000Z',
    ]);
    const runs = await harness.runs();
    expect(runs.map((run) => [run.kind, run.slot.toISOString(), run.status])).toEqual([
      ['manual', '2027-03-01T10:00:05.000Z', 'posted'],
      ['scheduled', SLOT, 'posted'],
    ]);
  });

  it('posts digest now while paused and stays paused', async () => {
    await harness.say('digest daily 8am');
    await harness.say('digest pause');
    await harness.say('digest now');

    await harness.tickEvery(
      harness.scheduler(),
      '2027-03-01T00:00:00Z',
      '2027-03-01T14:00:00Z',
      15,
    );

    expect(postInstants(harness.poster)).toEqual(['2027-03-01T00:00:00.000Z']);
    expect((await harness.subscription())?.status).toBe('paused');
  });

  it('retries a failed post and posts it once', async () => {
    await harness.say('digest daily 8am');
    harness.poster.failNext(2);

    await harness.tickEvery(harness.scheduler(), '2027-03-01T13:00:00Z', '2027-03-01T13:30:00Z', 1);

    expect(postInstants(harness.poster)).toEqual(['2027-03-01T13:06:00.000Z']);
    const retries = harness.logs.messages('digest post failed; will retry');
    expect(retries.map((line) => line.retryAt)).toEqual([
      '2027-03-01T13:01:00.000Z',
      '2027-03-01T13:06:00.000Z',
    ]);
    expect((await harness.subscription())?.lastFailure).toBeNull();
  });

  it('reports a post that keeps failing in the logs and the settings', async () => {
    await harness.say('digest daily 8am');
    harness.poster.failNext(100);

    await harness.tickEvery(harness.scheduler(), '2027-03-01T13:00:00Z', '2027-03-01T14:30:00Z', 1);

    expect(harness.poster.posts).toEqual([]);
    const failed = harness.logs.messages('digest post failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ slot: SLOT, attempts: 4, errorCode: 'Error', level: 50 });
    const [settings] = await harness.say('digest settings');
    const card = settings?.kind === 'card' ? settings.card : null;
    expect(card?.fields).toContainEqual({
      label: 'Last failure',
      value:
        'The digest due Mon, Mar 1, 8:00 AM EST (13:00 UTC) could not be posted after 4 attempts (Error). (Mon, Mar 1, 8:21 AM EST (13:21 UTC))',
    });
  });

  it('keeps resident names out of the logs', async () => {
    await harness.say('digest daily 8am');
    harness.poster.failNext(1);

    await harness.tickEvery(harness.scheduler(), '2027-03-01T13:00:00Z', '2027-03-01T13:05:00Z', 1);

    expect(harness.poster.posts).toHaveLength(1);
    const body = JSON.stringify(harness.poster.posts[0]!.replies);
    expect(body).toContain('Priya Nair');
    const logs = harness.logs.raw();
    for (const name of ['Priya', 'Nair', 'Lena', 'Ortiz', 'Reyes', 'priya.nair@example.com']) {
      expect(logs).not.toContain(name);
    }
  });
});
