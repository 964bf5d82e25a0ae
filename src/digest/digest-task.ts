import type { WorkerDependencies } from '../worker/tasks.js';
import type { WorkerTask } from '../worker/worker.js';
import { createDigestScheduler } from './digest-scheduler.js';
import type { SchedulerSettings } from './scheduler-settings.js';

/** Interval between the worker's checks for due digests, so a slot posts at most this late. */
export const DIGEST_TICK_MS = 15_000;

/** Creates the worker task that posts due digests and "Post now" requests. */
export function createDigestTask(
  dependencies: WorkerDependencies,
  options: { workerId?: string; settings?: Partial<SchedulerSettings> } = {},
): WorkerTask {
  const { runtime } = dependencies;
  const scheduler = createDigestScheduler({
    store: runtime.store,
    client: runtime.client,
    sites: runtime.sites,
    poster: dependencies.poster,
    logger: dependencies.logger.child({ component: 'digests' }),
    ...options,
  });
  return {
    name: 'digests',
    intervalMs: DIGEST_TICK_MS,
    async run(now) {
      await scheduler.tick(now);
    },
  };
}
