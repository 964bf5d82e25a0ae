/** Work that outlives the request that started it, counted so shutdown can wait for it. */
export interface WorkTracker {
  /** Runs `work` and keeps it counted until it settles. */
  run<T>(work: () => Promise<T>): Promise<T>;
  readonly size: number;
  /** Waits until nothing runs or `timeoutMs` passes; true when everything finished. */
  drain(timeoutMs: number): Promise<boolean>;
}

export function createWorkTracker(): WorkTracker {
  const running = new Set<Promise<unknown>>();

  return {
    run<T>(work: () => Promise<T>): Promise<T> {
      const promise = work();
      const settled = promise.then(
        () => undefined,
        () => undefined,
      );
      running.add(settled);
      void settled.then(() => running.delete(settled));
      return promise;
    },
    get size() {
      return running.size;
    },
    async drain(timeoutMs) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      try {
        // Work started while draining is waited for too, until the timeout.
        while (running.size > 0) {
          const finished = await Promise.race([
            Promise.all([...running]).then(() => true),
            timeout,
          ]);
          if (!finished) return false;
        }
        return true;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
