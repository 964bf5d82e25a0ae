import type { RunRepository } from './run-repository.js';
import { runsBetween } from './schedule-runs.js';
import type { SchedulerSettings } from './scheduler-settings.js';
import type { DigestSubscription } from './subscription.js';

/** Maximum slots recorded for one subscription in one tick. A daily digest needs one. */
const MAX_SLOTS_PER_TICK = 1_000;

/**
 * Records as pending every slot of an active subscription that came due since the last one it
 * recorded, looking back at most `catchUpMs`. Two workers may both record a slot, but the store
 * keeps one row, so it runs once.
 */
export async function enqueueDueSlots(
  runs: RunRepository,
  subscription: DigestSubscription,
  now: Date,
  settings: Pick<SchedulerSettings, 'catchUpMs'>,
): Promise<{ added: number; unchecked: { from: Date; to: Date } | null }> {
  const latest = await runs.latestSlot(subscription.id, 'scheduled');
  const known = Math.max(subscription.activeFrom.getTime(), latest?.getTime() ?? -Infinity);
  const horizon = now.getTime() - settings.catchUpMs;
  const start = Math.max(known, horizon);
  const slots = runsBetween(
    subscription.schedule,
    subscription.zone,
    new Date(start),
    now,
    MAX_SLOTS_PER_TICK,
  );

  let added = 0;
  for (const slot of slots) {
    if (await runs.addPending(subscription.id, 'scheduled', slot, now)) added += 1;
  }
  // Slots before the horizon are neither posted nor recorded one by one. The caller logs the span.
  const unchecked = known < horizon ? { from: new Date(known), to: new Date(horizon) } : null;
  return { added, unchecked };
}
