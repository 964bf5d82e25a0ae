import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';

import type { Poster } from '../bot/poster.js';
import type { Logger } from '../log.js';
import type { Store } from '../store/store.js';
import type { DigestSources, ResidentCache } from './compose-digest.js';
import { deliverRun, type DeliveryContext, type DeliveryOutcome } from './deliver-run.js';
import { enqueueDueSlots } from './enqueue-due-slots.js';
import { createRunRepository, type DigestRun } from './run-repository.js';
import { DEFAULT_SCHEDULER_SETTINGS, type SchedulerSettings } from './scheduler-settings.js';
import { createSubscriptionRepository } from './subscription-repository.js';
import type { DigestSubscription } from './subscription.js';

export interface DigestSchedulerOptions extends DigestSources {
  store: Store;
  poster: Poster;
  logger: Logger;
  /** Name of this worker in its claims, unique per process by default. */
  workerId?: string;
  settings?: Partial<SchedulerSettings>;
}

/** Count of runs per outcome in one tick. */
export type TickReport = Record<DeliveryOutcome | 'missed' | 'paused', number>;

export interface DigestScheduler {
  /** Records the slots due by `now`, then claims and posts every run it may take. */
  tick(now: Date): Promise<TickReport>;
}

const PRUNE_INTERVAL_MS = 60 * 60_000;
/** Settled runs are kept this long, for the settings view and for support. */
const KEEP_RUNS_MS = 35 * 24 * 60 * 60_000;

interface Claimed {
  run: DigestRun;
  subscription: DigestSubscription;
}

/**
 * Posts digests on schedule from the worker process, once per slot across restarts and across
 * workers sharing one database. Each slot is a row, and the worker that first inserts or updates it
 * owns the post. Another worker takes over a claim held past its lease, within the grace period.
 */
export function createDigestScheduler(options: DigestSchedulerOptions): DigestScheduler {
  const settings = { ...DEFAULT_SCHEDULER_SETTINGS, ...options.settings };
  const workerId = options.workerId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const logger = options.logger;
  const runs = createRunRepository(options.store.db);
  const subscriptions = createSubscriptionRepository(options.store.db);
  let prunedAt = -Infinity;

  async function enqueue(now: Date): Promise<void> {
    for (const subscription of await subscriptions.listActive()) {
      if (!options.poster.reaches(subscription.conversation.platform)) continue;
      const { unchecked } = await enqueueDueSlots(runs, subscription, now, settings);
      if (unchecked !== null) {
        logger.warn(
          {
            subscriptionId: subscription.id,
            from: unchecked.from.toISOString(),
            to: unchecked.to.toISOString(),
          },
          'digest slots before the catch-up period were skipped',
        );
      }
    }
  }

  /** Closes a run that may no longer post, or returns null when it may be claimed. */
  async function closeIfStale(
    run: DigestRun,
    subscription: DigestSubscription,
    now: Date,
  ): Promise<'missed' | 'paused' | 'failed' | null> {
    const fields = {
      subscriptionId: subscription.id,
      kind: run.kind,
      slot: run.slot.toISOString(),
    };
    if (run.kind === 'scheduled' && subscription.status === 'paused') {
      return (await runs.close(run, 'paused', now)) ? 'paused' : null;
    }
    const late = run.slot.getTime() + settings.graceMs < now.getTime();
    const spent = run.attempts > settings.retryDelaysMs.length;
    if (!late && !spent) return null;
    if (run.attempts === 0) {
      if (await runs.close(run, 'missed', now)) {
        logger.warn(fields, 'digest slot missed: past its grace period');
        return 'missed';
      }
      return null;
    }
    if (!(await runs.close(run, 'failed', now))) return null;
    // The last claim's worker stopped without settling, so the post may or may not be out.
    await subscriptions.recordFailure(
      subscription.id,
      'A digest post was interrupted and could not be finished in time.',
      now,
    );
    logger.error({ ...fields, attempts: run.attempts }, 'digest post abandoned by its worker');
    return 'failed';
  }

  async function claimOpenRuns(now: Date, report: TickReport): Promise<Claimed[]> {
    const claimed: Claimed[] = [];
    const known = new Map<string, DigestSubscription | null>();
    for (const run of await runs.listOpen(now, settings.maxRunsPerTick)) {
      if (!known.has(run.subscriptionId)) {
        known.set(run.subscriptionId, await subscriptions.findById(run.subscriptionId));
      }
      const subscription = known.get(run.subscriptionId);
      if (subscription == null) continue;
      if (!options.poster.reaches(subscription.conversation.platform)) continue;

      const closed = await closeIfStale(run, subscription, now);
      if (closed !== null) {
        report[closed] += 1;
        continue;
      }
      const leaseUntil = new Date(now.getTime() + settings.leaseMs);
      if (await runs.claim(run, workerId, now, leaseUntil)) {
        claimed.push({
          run: { ...run, status: 'claimed', attempts: run.attempts + 1 },
          subscription,
        });
      }
    }
    return claimed;
  }

  async function post(claimed: Claimed[], now: Date, report: TickReport): Promise<void> {
    const context: DeliveryContext = {
      sources: { client: options.client, sites: options.sites },
      poster: options.poster,
      runs,
      subscriptions,
      logger,
      workerId,
      settings,
      residents: new Map() as ResidentCache,
    };
    // One post at a time per platform: the platform's poster paces each channel and waits out
    // rate limits, and a queue per platform keeps one slow platform from holding up the others.
    const byPlatform = new Map<string, Claimed[]>();
    for (const claim of claimed) {
      const platform = claim.subscription.conversation.platform;
      byPlatform.set(platform, [...(byPlatform.get(platform) ?? []), claim]);
    }
    await Promise.all(
      [...byPlatform.values()].map(async (queue) => {
        for (const { run, subscription } of queue) {
          report[await deliverRun(context, run, subscription, now)] += 1;
        }
      }),
    );
  }

  return {
    async tick(now) {
      const report: TickReport = {
        posted: 0,
        empty: 0,
        retrying: 0,
        failed: 0,
        lost: 0,
        missed: 0,
        paused: 0,
      };
      await enqueue(now);
      await post(await claimOpenRuns(now, report), now, report);
      if (now.getTime() - prunedAt >= PRUNE_INTERVAL_MS) {
        prunedAt = now.getTime();
        await runs.prune(new Date(now.getTime() - KEEP_RUNS_MS));
      }
      return report;
    },
  };
}
