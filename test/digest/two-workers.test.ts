import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { createSiteDirectory } from '../../src/bot/site-directory.js';
import { createDigestScheduler, type DigestScheduler } from '../../src/digest/digest-scheduler.js';
import { createRunRepository } from '../../src/digest/run-repository.js';
import { createSubscriptionRepository } from '../../src/digest/subscription-repository.js';
import type { DigestSubscription } from '../../src/digest/subscription.js';
import { createElevenOsClient } from '../../src/elevenos/client.js';
import { silentLogger } from '../../src/log.js';
import {
  SANDBOX_ACCOUNT,
  SANDBOX_SITES,
  SANDBOX_TEAM_ID,
  startSandbox,
  type Sandbox,
} from '../../src/sandbox/index.js';
import type { Store } from '../../src/store/store.js';
import { STORE_BACKENDS, type StoreBackend } from '../helpers/store-backends.js';
import { recordingPoster, type RecordingPoster } from './helpers/digest-harness.js';

const START = new Date('2027-03-01T00:00:00Z');
const CHANNELS = ['CFAKE00001', 'CFAKE00002', 'CFAKE00003', 'CFAKE00004', 'CFAKE00005'];

function subscription(channelId: string, hour: number): DigestSubscription {
  return {
    id: `digest-${channelId}`,
    conversation: { platform: 'slack', channelId },
    siteIds: [SANDBOX_SITES.hudsonYards],
    zone: 'America/New_York',
    schedule: { weekdays: [0, 1, 2, 3, 4, 5, 6], hour, minute: 0 },
    windowDays: 7,
    includeMoveOuts: true,
    skipIfEmpty: false,
    status: 'active',
    activeFrom: START,
    createdBy: 'UFAKEMARIA',
    createdAt: START,
    updatedAt: START,
    lastPostedAt: null,
    lastFailure: null,
    lastFailureAt: null,
  };
}

describe.each(STORE_BACKENDS)('digests on %s', (_name, makeBackend) => {
  const clock = { now: START };
  let backend: StoreBackend;
  let sandbox: Sandbox;
  let stores: Store[];
  let poster: RecordingPoster;

  beforeEach(async () => {
    clock.now = START;
    backend = makeBackend();
    sandbox = await startSandbox({ now: () => clock.now });
    stores = [await backend.open(), await backend.open()];
    poster = recordingPoster(clock);
  });

  afterEach(async () => {
    for (const store of stores) await store.close();
    await sandbox.close();
    await backend.destroy();
  });

  function worker(store: Store, workerId: string): DigestScheduler {
    const client = createElevenOsClient({
      baseUrl: sandbox.baseUrl,
      email: SANDBOX_ACCOUNT.email,
      password: SANDBOX_ACCOUNT.password,
    });
    return createDigestScheduler({
      store,
      client,
      sites: createSiteDirectory(client, { teamId: SANDBOX_TEAM_ID }),
      poster,
      logger: silentLogger(),
      workerId,
    });
  }

  it('lets exactly one of two simultaneous claims win', async () => {
    const [first, second] = stores.map((store) => createRunRepository(store.db));
    await createSubscriptionRepository(stores[0]!.db).save(subscription('CFAKE00001', 8));
    await first!.addPending('digest-CFAKE00001', 'scheduled', START, START);
    const [open] = await first!.listOpen(START, 10);
    const lease = new Date(START.getTime() + 60_000);

    const wins = await Promise.all([
      first!.claim(open!, 'worker-a', START, lease),
      second!.claim(open!, 'worker-b', START, lease),
    ]);

    expect(wins.filter(Boolean)).toHaveLength(1);
  });

  it('posts each slot once with two workers and a restart', async () => {
    const subscriptions = createSubscriptionRepository(stores[0]!.db);
    for (const [index, channelId] of CHANNELS.entries()) {
      await subscriptions.save(subscription(channelId, 7 + index));
    }
    let workers = [worker(stores[0]!, 'worker-a'), worker(stores[1]!, 'worker-b')];

    const end = Date.parse('2027-03-04T00:00:00Z');
    for (let at = START.getTime(); at < end; at += 15 * 60_000) {
      clock.now = new Date(at);
      await Promise.all(workers.map((each) => each.tick(clock.now)));
      if (at === Date.parse('2027-03-02T00:00:00Z')) {
        // Worker A restarts on a fresh connection.
        await stores[0]!.close();
        stores[0] = await backend.open();
        workers = [worker(stores[0], 'worker-a2'), workers[1]!];
      }
    }

    const posted = poster.posts.map((post) => `${post.address.channelId} ${post.at.toISOString()}`);
    expect(posted).toHaveLength(CHANNELS.length * 3);
    expect(new Set(posted).size).toBe(posted.length);
    expect(posted.filter((each) => each.startsWith('CFAKE00001 '))).toEqual([
      'CFAKE00001 2027-03-01T12:00:00.000Z',
      'CFAKE00001 2027-03-02T12:00:00.000Z',
      'CFAKE00001 2027-03-03T12:00:00.000Z',
    ]);
  });
});
