import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { createPoster } from '../../src/bot/poster.js';
import type { Reply } from '../../src/bot/replies.js';
import { createBulkTask } from '../../src/bulk/bulk-task.js';
import { LeaseLostError } from '../../src/bulk/errors.js';
import { createBulkJobStore, type BulkJobStore } from '../../src/bulk/store/job-store.js';
import type { NewBulkJob, NewBulkRow } from '../../src/bulk/store/job-types.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/log.js';
import type { Runtime } from '../../src/runtime.js';
import type { Store } from '../../src/store/store.js';
import { STORE_BACKENDS, type StoreBackend } from '../helpers/store-backends.js';
import { SITE, fakeElevenOs, fakeSites } from './helpers/fake-elevenos.js';

const AT = new Date('2026-12-04T15:00:00Z');

function job(id: string, platform: 'console' | 'slack' = 'console'): NewBulkJob {
  return {
    id,
    kind: 'import',
    teamId: 'team-1',
    siteId: SITE.siteId,
    address: { platform, channelId: 'C1' },
    title: 'moves.csv',
    details: {},
    createdBy: '@maria',
    createdAt: AT,
    expiresAt: new Date(AT.getTime() + 60 * 60_000),
  };
}

function rows(count: number): NewBulkRow[] {
  return Array.from({ length: count }, (_, index) => ({
    row: index + 1,
    status: 'ready',
    source: { kind: 'resident', name: `Resident ${index + 1}`, unit: `Unit ${index + 1}` },
    payload: {
      kind: 'new_resident',
      resident: {
        firstName: 'Resident',
        lastName: String(index + 1),
        email: `resident${index + 1}@example.com`,
        phone: null,
        building: null,
        floor: null,
        unit: String(100 + index),
        activationDateUtc: '2027-03-01T11:00:00.000Z',
        deactivationDateUtc: null,
      },
    },
    problems: [],
  }));
}

const later = (ms: number) => new Date(AT.getTime() + ms);

describe.each(STORE_BACKENDS)('bulk job queue on %s', (_name, makeBackend) => {
  let backend: StoreBackend;
  let store: Store;
  let jobs: BulkJobStore;

  beforeEach(async () => {
    backend = makeBackend();
    store = await backend.open();
    jobs = createBulkJobStore(store);
  });

  afterEach(async () => {
    await store.close();
    await backend.destroy();
  });

  it('stores and lists many rows in order', async () => {
    await jobs.createJob(job('job-1'), rows(1_203));
    const listed = await jobs.listRows('job-1');
    expect(listed).toHaveLength(1_203);
    expect(listed.at(-1)).toMatchObject({ row: 1_203, status: 'ready', sends: 0 });
    expect((await jobs.countRows('job-1')).ready).toBe(1_203);
  });

  it('queues a preview once when two clicks race', async () => {
    await jobs.createJob(job('job-1'), rows(2));
    const results = await Promise.all([
      jobs.queueJob('job-1', { actor: '@sam', at: AT }),
      jobs.queueJob('job-1', { actor: '@maria', at: AT }),
    ]);
    expect(results.filter((result) => result.applied)).toHaveLength(1);
  });

  it('does not queue an expired preview', async () => {
    await jobs.createJob(job('job-1'), rows(1));
    const result = await jobs.queueJob('job-1', { actor: '@sam', at: later(2 * 60 * 60_000) });
    expect(result.applied).toBe(false);
    expect(result.job?.status).toBe('preview');
  });

  it('gives a job to one of two workers claiming at once', async () => {
    await jobs.createJob(job('job-1'), rows(1));
    await jobs.queueJob('job-1', { actor: '@sam', at: AT });
    const claim = (owner: string) =>
      jobs.claimNextJob({ now: later(1_000), owner, leaseMs: 60_000, platforms: () => true });
    const claims = await Promise.all([claim('worker-a'), claim('worker-b'), claim('worker-c')]);
    expect(claims.filter((claimed) => claimed !== null)).toHaveLength(1);
  });

  it('hands a job over once its lease has run out', async () => {
    await jobs.createJob(job('job-1'), rows(1));
    await jobs.queueJob('job-1', { actor: '@sam', at: AT });
    const claim = (owner: string, at: Date) =>
      jobs.claimNextJob({ now: at, owner, leaseMs: 60_000, platforms: () => true });

    expect(await claim('worker-a', later(1_000))).not.toBeNull();
    expect(await claim('worker-b', later(30_000))).toBeNull();
    expect(await claim('worker-b', later(61_000))).not.toBeNull();
    await expect(
      jobs.updateJob('job-1', 'worker-a', { checks: 1 }, later(62_000)),
    ).rejects.toBeInstanceOf(LeaseLostError);
  });

  it('leaves jobs this process cannot post to', async () => {
    await jobs.createJob(job('job-1', 'slack'), rows(1));
    await jobs.queueJob('job-1', { actor: '@sam', at: AT });
    const claimed = await jobs.claimNextJob({
      now: later(1_000),
      owner: 'worker-a',
      leaseMs: 60_000,
      platforms: (platform) => platform === 'console',
    });
    expect(claimed).toBeNull();
  });

  it('runs a job once when two workers race, and posts once', async () => {
    await jobs.createJob(job('job-1'), rows(3));
    await jobs.queueJob('job-1', { actor: '@sam', at: AT });
    const client = fakeElevenOs();
    const posts: Reply[][] = [];
    const runtime = { client, sites: fakeSites(), store } as unknown as Runtime;
    const poster = createPoster([
      {
        platform: 'console',
        post: (_channel, replies) => {
          posts.push(replies);
          return Promise.resolve(replies.map(() => 'message'));
        },
        update: () => Promise.resolve(),
      },
    ]);
    let now = later(1_000);
    const worker = (owner: string) =>
      createBulkTask(
        { runtime, poster, logger: silentLogger(), config: loadConfig({}) },
        { owner, now: () => now },
      );
    const [first, second] = [worker('worker-a'), worker('worker-b')];

    for (let round = 0; round < 5; round += 1) {
      await Promise.all([first.run(now), second.run(now)]);
      now = new Date(now.getTime() + 5_000);
    }

    const results = posts.filter((replies) =>
      replies.some((reply) => reply.kind === 'card' && reply.card.title.startsWith('Import')),
    );
    expect(client.imports).toHaveLength(1);
    expect(results).toHaveLength(1);
    expect(await jobs.countUnfinished({ platform: 'console', since: AT })).toBe(0);
  });
});
