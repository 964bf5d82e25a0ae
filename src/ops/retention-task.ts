import { BULK_FILES_DIRECTORY } from '../bulk/files/bulk-files.js';
import type { WorkerDependencies } from '../worker/tasks.js';
import type { WorkerTask } from '../worker/worker.js';
import { logPrune, pruneStoredData } from './retention.js';

/** Retention is counted in days, so one pass an hour deletes data at most an hour late. */
export const RETENTION_INTERVAL_MS = 60 * 60_000;

/** Creates the worker task that deletes stored data past its retention period. */
export function createRetentionTask(dependencies: WorkerDependencies): WorkerTask {
  const logger = dependencies.logger.child({ component: 'retention' });
  return {
    name: 'retention',
    intervalMs: RETENTION_INTERVAL_MS,
    async run(now) {
      const counts = await pruneStoredData(dependencies.runtime.store.db, {
        now,
        settings: dependencies.config.retention,
        filesDirectory: BULK_FILES_DIRECTORY,
      });
      logPrune(logger, counts);
    },
  };
}
