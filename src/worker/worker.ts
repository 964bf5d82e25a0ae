import type { Logger } from '../log.js';

/** Recurring background work: bulk jobs, digests. `run` must be safe to repeat. */
export interface WorkerTask {
  name: string;
  /** Pause between the end of one run and the start of the next. */
  intervalMs: number;
  run(now: Date): Promise<void>;
}

export interface Worker {
  /** Runs every task once, now; tests use it instead of waiting for intervals. */
  runOnce(): Promise<void>;
  /** Stops scheduling and waits for runs in progress to finish. */
  stop(): Promise<void>;
}

/** Starts each task in its own loop. A failing run is logged and the loop goes on. */
export function startWorker(options: {
  tasks: WorkerTask[];
  logger: Logger;
  now?: () => Date;
  /** False leaves the loops unstarted, so only `runOnce` runs tasks. */
  loop?: boolean;
}): Worker {
  const now = options.now ?? (() => new Date());
  const running = new Set<Promise<void>>();
  const timers = new Set<NodeJS.Timeout>();
  let stopped = false;

  function runTask(task: WorkerTask): Promise<void> {
    const run = task
      .run(now())
      .catch((error: unknown) => {
        options.logger.error({ task: task.name, err: error }, 'worker task failed');
      })
      .finally(() => running.delete(run));
    running.add(run);
    return run;
  }

  function schedule(task: WorkerTask): void {
    if (stopped) return;
    const timer = setTimeout(() => {
      timers.delete(timer);
      void runTask(task).then(() => schedule(task));
    }, task.intervalMs);
    timer.unref();
    timers.add(timer);
  }

  if (options.loop !== false) {
    for (const task of options.tasks) void runTask(task).then(() => schedule(task));
  }

  return {
    async runOnce() {
      await Promise.all(options.tasks.map(runTask));
    },
    async stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await Promise.all([...running]);
    },
  };
}
