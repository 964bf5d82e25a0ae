import type { Poster } from '../bot/poster.js';
import { createBulkTask } from '../bulk/bulk-task.js';
import type { FrontdeskConfig } from '../config.js';
import { createDigestTask } from '../digest/digest-task.js';
import type { Logger } from '../log.js';
import { createRetentionTask } from '../ops/retention-task.js';
import type { Runtime } from '../runtime.js';
import type { WorkerTask } from './worker.js';

export interface WorkerDependencies {
  runtime: Runtime;
  poster: Poster;
  logger: Logger;
  config: FrontdeskConfig;
}

/** Every background task the worker process runs; each feature adds its own here. */
export function createWorkerTasks(_dependencies: WorkerDependencies): WorkerTask[] {
  return [
    createBulkTask(_dependencies),
    createDigestTask(_dependencies),
    createRetentionTask(_dependencies),
  ];
}
