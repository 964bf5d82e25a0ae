import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { loadConfig } from '../../src/config.js';
import { createWorkerTasks } from '../../src/worker/tasks.js';
import { startWorker } from '../../src/worker/worker.js';
import { silentLogger } from '../../src/log.js';
import { postInstants, startDigestHarness, type DigestHarness } from './helpers/digest-harness.js';

describe('digest worker task', () => {
  let harness: DigestHarness;

  beforeEach(async () => {
    harness = await startDigestHarness('2027-03-01T00:00:00Z');
  });

  afterEach(async () => {
    await harness.close();
  });

  it('posts due digests from the worker process', async () => {
    await harness.say('use Hudson Yards');
    await harness.say('digest daily 8am');
    const tasks = createWorkerTasks({
      runtime: harness.runtime,
      poster: harness.poster,
      logger: silentLogger(),
      config: loadConfig({ FRONTDESK_DB_PATH: ':memory:' }),
    });
    const worker = startWorker({
      tasks: tasks.filter((task) => task.name === 'digests'),
      logger: silentLogger(),
      now: () => harness.clock.now,
      loop: false,
    });

    harness.clock.now = new Date('2027-03-01T12:59:00Z');
    await worker.runOnce();
    harness.clock.now = new Date('2027-03-01T13:00:10Z');
    await worker.runOnce();
    await worker.runOnce();
    await worker.stop();

    expect(tasks.map((task) => task.name)).toContain('digests');
    expect(postInstants(harness.poster)).toEqual(['2027-03-01T13:00:10.000Z']);
  });
});
