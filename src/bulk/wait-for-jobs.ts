import type { Store } from '../store/store.js';
import { createBulkJobStore } from './store/job-store.js';

/**
 * Waits until every bulk job of `platform` confirmed since `since` has posted its result, or
 * until `timeoutMs` passes. Returns whether all finished. A piped console session calls it
 * before it stops its worker, so its input can end right after "yes".
 */
export async function waitForBulkJobs(
  store: Store,
  options: {
    platform: string;
    since: Date;
    timeoutMs?: number;
    pollMs?: number;
    sleep?: (ms: number) => Promise<void>;
  },
): Promise<boolean> {
  const jobs = createBulkJobStore(store);
  const sleep = options.sleep ?? ((ms: number) => new Promise((done) => setTimeout(done, ms)));
  const pollMs = options.pollMs ?? 250;
  // The worker reports by then at the latest: its job limit is 30 minutes.
  const attempts = Math.ceil((options.timeoutMs ?? 35 * 60_000) / pollMs);
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    if ((await jobs.countUnfinished(options)) === 0) return true;
    await sleep(pollMs);
  }
  return false;
}
