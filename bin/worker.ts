import { createPoster } from '../src/bot/poster.js';
import { createLogger } from '../src/log.js';
import { createRuntime } from '../src/runtime.js';
import { createWorkerTasks } from '../src/worker/tasks.js';
import { startWorker } from '../src/worker/worker.js';
import { createPosters } from './posters.js';
import { readConfig } from './read-config.js';

/** Runs the background tasks (bulk jobs, digests) until SIGTERM or SIGINT. */
export async function runWorker(_argv: string[]): Promise<number> {
  const config = readConfig('See the configuration table in README.md.\n');
  if (config === null) return 1;
  const logger = createLogger({ level: config.logLevel ?? 'info' });
  const runtime = await createRuntime(config, logger);
  const poster = createPoster(createPosters(config, logger, { store: runtime.store }));
  const tasks = createWorkerTasks({ runtime, poster, logger, config });
  const worker = startWorker({ tasks, logger: logger.child({ component: 'worker' }) });
  logger.info({ tasks: tasks.map((task) => task.name) }, 'worker started');

  // The task timers are unref'd and a signal listener holds nothing open, so this interval is
  // what keeps an idle worker alive until it is told to stop.
  const keepAlive = setInterval(() => undefined, 60_000);
  await new Promise<void>((resolve) => {
    process.once('SIGTERM', resolve);
    process.once('SIGINT', resolve);
  });
  clearInterval(keepAlive);
  logger.info('worker stopping');
  await worker.stop();
  await runtime.close();
  return 0;
}
