import {
  conversationKey,
  text,
  type ActionResult,
  type Actor,
  type ConversationAddress,
} from '../../bot/replies.js';
import { formatClock } from '../../dates/format.js';
import { count, shortMoment } from '../cards/card-words.js';
import { progressCard } from '../cards/job-cards.js';
import { purgeCountCard } from '../cards/preview-cards.js';
import { problemsCsv } from '../files/row-exports.js';
import type { BulkJob } from '../store/job-types.js';
import type { BulkServices } from './bulk-services.js';
import { currentCard, siteOfJob } from './job-views.js';

/** How many problem rows are written into the chat where a platform cannot take a file. */
const INLINE_PROBLEMS = 20;

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
  const site = await siteOfJob(queued, services);
  return { update: progressCard(queued, site, await services.jobs.countRows(job.id)), replies: [] };
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
  return { update: await currentCard(result.job!, services, at), replies: [] };
}

/** Hands out problems.csv: a file where the platform takes one, else the rows in the chat. */
export async function problemsFile(
  job: BulkJob,
  conversation: ConversationAddress,
  services: BulkServices,
): Promise<ActionResult> {
  const rows = await services.jobs.listRows(job.id, ['problem']);
  if (rows.length === 0)
    return { update: null, replies: [text('No row of this file has a problem.')] };
  const name = `problems-${job.id.slice(0, 8)}.csv`;
  const location = await services.files.save(conversation, name, problemsCsv(rows));
  if (location !== null) {
    return {
      update: null,
      replies: [text(`Problems CSV for ${job.title} (${count(rows.length, 'row')}): ${location}`)],
    };
  }
  const lines = rows
    .slice(0, INLINE_PROBLEMS)
    .map((row) => `Row ${row.row}: ${row.problems.join('; ')}`);
  const more = rows.length - lines.length;
  const tail = more > 0 ? [`…and ${count(more, 'more row')}.`] : [];
  return {
    update: null,
    replies: [text([`Problems in ${job.title}:`, ...lines, ...tail].join('\n'))],
  };
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
