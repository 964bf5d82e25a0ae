/** Limits the scheduler applies to late, failed and abandoned posts. */
export interface SchedulerSettings {
  /** Time after its instant that a slot may still post. A later slot is skipped and logged. */
  graceMs: number;
  /** Time a claim protects a post in progress. After it, another worker may take the post over. */
  leaseMs: number;
  /** Delays before the second, third… attempt. Their count plus one is the attempt limit. */
  retryDelaysMs: number[];
  /** How far back a worker that was down looks for slots it never recorded. */
  catchUpMs: number;
  /** Most runs one tick takes on. */
  maxRunsPerTick: number;
}

const MINUTE = 60_000;

export const DEFAULT_SCHEDULER_SETTINGS: SchedulerSettings = {
  graceMs: 60 * MINUTE,
  // Far longer than a post takes with Slack's per-channel pacing and a few 429 waits.
  leaseMs: 5 * MINUTE,
  retryDelaysMs: [1 * MINUTE, 5 * MINUTE, 15 * MINUTE],
  catchUpMs: 7 * 24 * 60 * MINUTE,
  maxRunsPerTick: 500,
};
