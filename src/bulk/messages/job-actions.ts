import {
  conversationKey,
  text,
  type ActionResult,
  type Actor,
  type ConversationAddress,
} from '../../bot/replies.js';
import { formatClock } from '../../dates/format.js';
import { shortMoment } from '../cards/card-words.js';
import { queuedCard } from '../cards/job-cards.js';
import { purgeCountCard } from '../cards/preview-cards.js';
import { problemsFileReply } from '../files/file-replies.js';
import type { BulkJob } from '../store/job-types.js';
import type { BulkServices } from './bulk-services.js';
import { currentCard, siteOfJob } from './job-views.js';

/** Queues a preview for the worker. A purge first requests its count. */
export async function sendJob(
  job: BulkJob,
  actor: Actor,
  conversation: ConversationAddress,
  at: Date,
  services: BulkServices,
): Promise<ActionResult> {
  if (job.kind === 'purge') return askForCount(job, actor, conversation, at, services);
  return queue(job, actor, conversation, at, services);
}

/** Queues the job once. A second click, or one after expiry, gets a reply that explains why. */
export async function queue(
  job: BulkJob,
  actor: Actor,
  conversation: ConversationAddress,
  at: Date,
  services: BulkServices,
): Promise<ActionResult> {
  const result = await services.jobs.queueJob(job.id, { actor: actor.displayName, at });
  if (!result.applied) return lateClick(result.job, at, services);
  await clearPendingOf(job, conversation, services);
  services.logger.info({ jobId: job.id, kind: job.kind }, 'bulk job queued');
  const queued = result.job!;
  const counts = await services.jobs.countRows(job.id);
  await auditJob(services, 'confirmation', queued, actor, at, { ready: counts.ready });
  const site = await siteOfJob(queued, services);
  return { update: queuedCard(queued, site, counts), replies: [] };
}

/** Records a step of a bulk job; the job id takes the place of a proposal id. */
function auditJob(
  services: BulkServices,
  kind: 'confirmation' | 'cancellation',
  job: BulkJob,
  actor: Actor,
  at: Date,
  detail: Record<string, number>,
): Promise<void> {
  return services.audit.record({
    kind,
    at,
    actor: actor.id,
    conversationKey: conversationKey(job.address),
    siteId: job.siteId,
    proposalId: job.id,
    detail: { bulkJob: job.kind, ...detail },
  });
}

async function askForCount(
  job: BulkJob,
  actor: Actor,
  conversation: ConversationAddress,
  at: Date,
  services: BulkServices,
): Promise<ActionResult> {
  if (job.status !== 'preview' || job.expiresAt <= at) return lateClick(job, at, services);
  await services.pending.save(
    conversationKey(conversation),
    { jobId: job.id, expects: 'count', actorId: actor.id },
    at,
  );
  const site = await siteOfJob(job, services);
  const counts = await services.jobs.countRows(job.id);
  return { update: purgeCountCard(job, site, counts.ready, actor.displayName), replies: [] };
}

export async function cancelJob(
  job: BulkJob,
  actor: Actor,
  conversation: ConversationAddress,
  at: Date,
  services: BulkServices,
): Promise<ActionResult> {
  const result = await services.jobs.cancelJob(job.id, { actor: actor.displayName, at });
  if (!result.applied) return lateClick(result.job, at, services);
  await clearPendingOf(job, conversation, services);
  services.logger.info({ jobId: job.id }, 'bulk job cancelled');
  await auditJob(services, 'cancellation', job, actor, at, {});
  return { update: await currentCard(result.job!, services, at), replies: [] };
}

/**
 * Hands out problems.csv as a file reply, which each platform delivers its own way: an upload, a
 * table, a path or a download.
 */
export async function problemsFile(job: BulkJob, services: BulkServices): Promise<ActionResult> {
  const rows = await services.jobs.listRows(job.id, ['problem']);
  if (rows.length === 0) {
    return { update: null, replies: [text('No row of this file has a problem.')] };
  }
  return { update: null, replies: [problemsFileReply(job, rows)] };
}

/** Explains why a click on a job's card cannot act, and shows the job as it is now. */
export async function lateClick(
  job: BulkJob | null,
  at: Date,
  services: BulkServices,
): Promise<ActionResult> {
  if (job === null) {
    return {
      update: null,
      replies: [text('That card is no longer known. Send the command again.')],
    };
  }
  const site = await siteOfJob(job, services);
  const when = job.confirmedAt === null ? '' : ` at ${formatClock(job.confirmedAt, site.timeZone)}`;
  const who = job.confirmedBy ?? 'someone';
  const reply =
    job.status === 'queued' || job.status === 'done'
      ? `Already sent by ${who}${when}.`
      : job.status === 'cancelled'
        ? `Already cancelled by ${who}${when}.`
        : job.expiresAt <= at
          ? `This preview expired ${shortMoment(job.expiresAt, site)}. Send the command again for a fresh check.`
          : 'That button no longer applies to this card.';
  return { update: await currentCard(job, services, at), replies: [text(reply)] };
}

async function clearPendingOf(
  job: BulkJob,
  conversation: ConversationAddress,
  services: BulkServices,
): Promise<void> {
  const key = conversationKey(conversation);
  const pending = await services.pending.get(key);
  if (pending?.jobId === job.id) await services.pending.clear(key);
}
