/** Work that outlives the request that started it, counted so shutdown can wait for it. */
export interface BackgroundWork {
  /** Starts `work` and keeps it counted until it settles; its failure is the caller's to handle. */
  run<T>(work: () => Promise<T>): Promise<T>;
  readonly size: number;
  /** Waits until nothing runs or `timeoutMs` passes; true when everything finished. */
  drain(timeoutMs: number): Promise<boolean>;
}

export function createBackgroundWork(): BackgroundWork {
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
      const deadline = Date.now() + timeoutMs;
      // Work started while draining is waited for too, until the deadline.
      while (running.size > 0) {
        const left = deadline - Date.now();
        if (left <= 0) return false;
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<void>((resolve) => {
          timer = setTimeout(resolve, left);
        });
        await Promise.race([Promise.all([...running]), timeout]);
        clearTimeout(timer);
      }
      return true;
    },
  };
}
