import { resultCard } from '../cards/job-cards.js';
import { failuresFileReply } from '../files/file-replies.js';
import { conversationKey } from '../../bot/replies.js';
import type { BulkJob, BulkRow, RowCounts } from '../store/job-types.js';
import { later, siteOf, type StepContext } from './step-context.js';

/**
 * Posts the result to the conversation that sent the job, once: the job is marked posted right
 * after the platform accepts the post, under this worker's lease. The failures CSV follows as a
 * file.
 */
export async function postStep(job: BulkJob, context: StepContext): Promise<BulkJob> {
  const { jobs, owner, clock, settings } = context;
  const site = await siteOf(job, context);
  const counts = await jobs.countRows(job.id);
  const failures = await jobs.listRows(job.id, ['failed']);
  const card = resultCard(job, site, counts, failures);
  if (failures.length > 0) card.notes.push('Every failed row is in the failures CSV below.');

  try {
    // NOTE: a worker that dies after the platform accepted this post and before the update below
    // is recorded posts the result a second time when the job is resumed.
    await context.poster.post(job.address, [{ kind: 'card', card }]);
  } catch (error) {
    const attempts = job.postAttempts + 1;
    const giveUp = attempts >= settings.maxPostAttempts;
    context.logger.error(
      { jobId: job.id, attempts, giveUp, err: error },
      'bulk result post failed',
    );
    const now = clock();
    if (giveUp) await auditResult(job, counts, false, now, context);
    return jobs.updateJob(
      job.id,
      owner,
      giveUp
        ? { postAttempts: attempts, phase: 'posted', status: 'done' }
        : { postAttempts: attempts, nextStepAt: later(now, settings.maxCheckDelayMs) },
      now,
    );
  }
  context.logger.info(
    { jobId: job.id, done: counts.done, failed: counts.failed },
    'bulk job result posted',
  );
  const now = clock();
  const posted = await jobs.updateJob(
    job.id,
    owner,
    { phase: 'posted', status: 'done', postedAt: now, postAttempts: job.postAttempts + 1 },
    now,
  );
  await auditResult(posted, counts, true, now, context);
  await postFailuresFile(posted, failures, context);
  return posted;
}

function auditResult(
  job: BulkJob,
  counts: RowCounts,
  posted: boolean,
  at: Date,
  context: StepContext,
): Promise<void> {
  return context.audit.record({
    kind: 'result',
    at,
    actor: null,
    conversationKey: conversationKey(job.address),
    siteId: job.siteId,
    proposalId: job.id,
    detail: { bulkJob: job.kind, done: counts.done, failed: counts.failed, posted },
  });
}

/**
 * Posts the failures CSV after the result is recorded, so a failed upload never posts the result
 * again. The result card lists the first failures either way.
 */
async function postFailuresFile(
  job: BulkJob,
  failures: BulkRow[],
  context: StepContext,
): Promise<void> {
  if (failures.length === 0) return;
  try {
    await context.poster.post(job.address, [failuresFileReply(job, failures)]);
  } catch (error) {
    // TODO: a failed upload is not tried again, so staff see only the rows the result card lists.
    context.logger.error(
      { jobId: job.id, failed: failures.length, err: error },
      'bulk failures file post failed',
    );
  }
}
