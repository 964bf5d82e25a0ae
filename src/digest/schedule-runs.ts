import { Cron } from 'croner';

import { toCronPattern, type DigestSchedule } from './schedule.js';

function cronFor(schedule: DigestSchedule, zone: string): Cron {
  // Without a callback croner starts no timer, so the job only computes instants.
  return new Cron(toCronPattern(schedule), { timezone: zone });
}

/** Returns the next `count` run instants strictly after `after`, resolved in `zone`. */
export function nextRuns(
  schedule: DigestSchedule,
  zone: string,
  after: Date,
  count: number,
): Date[] {
  return cronFor(schedule, zone).nextRuns(count, after);
}

/**
 * Returns the run instants in (`after`, `until`], oldest first, at most `limit` of them. Each
 * local day yields one instant even across daylight-saving changes, as croner resolves it.
 */
export function runsBetween(
  schedule: DigestSchedule,
  zone: string,
  after: Date,
  until: Date,
  limit: number,
): Date[] {
  const cron = cronFor(schedule, zone);
  const runs: Date[] = [];
  let cursor = after;
  while (runs.length < limit) {
    const next = cron.nextRun(cursor);
    if (next === null || next > until) break;
    runs.push(next);
    cursor = next;
  }
  return runs;
}
