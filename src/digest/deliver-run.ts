import type { Poster } from '../bot/poster.js';
import { formatInstant } from '../dates/format.js';
import type { Logger } from '../log.js';
import { composeDigest, type DigestSources, type ResidentCache } from './compose-digest.js';
import { renderDigest } from './digest-card.js';
import { failureCode } from './digest-errors.js';
import { describeSubscription } from './describe-subscription.js';
import type { DigestRun, RunRepository } from './run-repository.js';
import type { SchedulerSettings } from './scheduler-settings.js';
import { isEmptyDigest } from './site-digest.js';
import type { SubscriptionRepository } from './subscription-repository.js';
import type { DigestSubscription } from './subscription.js';

export interface DeliveryContext {
  sources: DigestSources;
  poster: Poster;
  runs: RunRepository;
  subscriptions: SubscriptionRepository;
  logger: Logger;
  workerId: string;
  settings: SchedulerSettings;
  residents: ResidentCache;
}

export type DeliveryOutcome = 'posted' | 'empty' | 'retrying' | 'failed' | 'lost';

function failureText(run: DigestRun, subscription: DigestSubscription, code: string, now: Date) {
  const subject =
    run.kind === 'manual'
      ? 'The digest requested with "Post now"'
      : `The digest due ${formatInstant(run.slot.toISOString(), subscription.zone, now)}`;
  return `${subject} could not be posted after ${run.attempts} attempts (${code}).`;
}

/**
 * Posts one run this worker has claimed, then settles it: posted, empty (skipped by the
 * subscription's choice), retrying later, or failed for good. Returns "lost" when the claim ran
 * out and another worker took the run, in which case this worker records nothing.
 */
export async function deliverRun(
  context: DeliveryContext,
  run: DigestRun,
  subscription: DigestSubscription,
  now: Date,
): Promise<DeliveryOutcome> {
  const { runs, logger } = context;
  const fields = { subscriptionId: subscription.id, kind: run.kind, slot: run.slot.toISOString() };
  try {
    const digests = await composeDigest(
      context.sources,
      subscription,
      { slot: run.slot, now },
      context.residents,
    );
    if (subscription.skipIfEmpty && digests.every(isEmptyDigest)) {
      const settled = await runs.settle(run, context.workerId, { status: 'empty', at: now });
      logger.info(fields, 'digest skipped: nothing in its window');
      return settled ? 'empty' : 'lost';
    }
    const replies = renderDigest(digests, {
      now,
      includeMoveOuts: subscription.includeMoveOuts,
      footer: {
        subscriptionId: subscription.id,
        description: describeSubscription(subscription, now),
        paused: subscription.status === 'paused',
      },
    });
    // NOTE: a post that went out but was never settled (the worker died, or the lease ran out
    // mid-post) goes out again under the next claim, as the platforms take no idempotency key.
    await context.poster.post(subscription.conversation, replies);
  } catch (error) {
    return recordFailure(context, run, subscription, now, error);
  }

  const settled = await runs.settle(run, context.workerId, { status: 'posted', at: now });
  if (!settled) logger.warn(fields, 'digest posted after its claim ran out');
  await context.subscriptions.recordPosted(subscription.id, now);
  logger.info({ ...fields, attempts: run.attempts }, 'digest posted');
  return settled ? 'posted' : 'lost';
}

async function recordFailure(
  context: DeliveryContext,
  run: DigestRun,
  subscription: DigestSubscription,
  now: Date,
  error: unknown,
): Promise<DeliveryOutcome> {
  const { runs, logger, settings } = context;
  const code = failureCode(error);
  const fields = { subscriptionId: subscription.id, kind: run.kind, slot: run.slot.toISOString() };
  const delay = settings.retryDelaysMs[run.attempts - 1];
  const retryAt = delay === undefined ? null : new Date(now.getTime() + delay);
  const lastChance = run.slot.getTime() + settings.graceMs;

  if (retryAt !== null && retryAt.getTime() <= lastChance) {
    const settled = await runs.settle(run, context.workerId, {
      status: 'retrying',
      at: now,
      retryAt,
      errorCode: code,
    });
    logger.warn(
      { ...fields, errorCode: code, attempts: run.attempts, retryAt: retryAt.toISOString() },
      'digest post failed; will retry',
    );
    return settled ? 'retrying' : 'lost';
  }

  const settled = await runs.settle(run, context.workerId, {
    status: 'failed',
    at: now,
    errorCode: code,
  });
  if (!settled) return 'lost';
  await context.subscriptions.recordFailure(
    subscription.id,
    failureText(run, subscription, code, now),
    now,
  );
  logger.error({ ...fields, errorCode: code, attempts: run.attempts }, 'digest post failed');
  return 'failed';
}
