import type { Reply } from '../../bot/replies.js';
import { progressCard, progressDoneCard, resultCard } from '../cards/job-cards.js';
import { LeaseLostError } from '../errors.js';
import type { BulkJob, RowCounts } from '../store/job-types.js';
import { siteOf, type StepContext } from './step-context.js';

/**
 * Posts a running job's progress card once, then edits that message when the job moves phase or
 * more rows settle, and at the end shows the final counts in it. The result is a post of its
 * own. A failed post or edit is logged and does not fail the job. Only a lost lease is rethrown,
 * because the caller must stop then.
 */
export async function showProgress(job: BulkJob, context: StepContext): Promise<BulkJob> {
  if (job.status !== 'queued' && job.status !== 'done') return job;
  const stored = job.progressMessage;
  // A failed first post is not tried again, since it may have reached the platform after all.
  if (stored !== null && stored.ref === null) return job;
  // A job that finished before its progress was ever posted has only its result to show.
  if (stored === null && job.status === 'done') return job;

  try {
    const counts = await context.jobs.countRows(job.id);
    const state = stateOf(job, counts);
    if (stored?.state === state) return job;
    const reply = await progressReply(job, counts, context);
    if (stored === null) {
      const [ref] = await postOrNull(job, reply, context);
      return await context.jobs.updateJob(
        job.id,
        context.owner,
        { progressMessage: { ref: ref ?? null, state } },
        context.clock(),
      );
    }
    await context.poster.update(job.address, stored.ref!, reply);
    return await context.jobs.updateJob(
      job.id,
      context.owner,
      { progressMessage: { ref: stored.ref, state } },
      context.clock(),
    );
  } catch (error) {
    if (error instanceof LeaseLostError) throw error;
    // The stored state stays as it was, so the next step tries the edit again.
    context.logger.warn({ jobId: job.id, err: error }, 'bulk progress message update failed');
    return job;
  }
}

/** Returns the state the message shows, coarse enough that each change is worth an edit. */
function stateOf(job: BulkJob, counts: RowCounts): string {
  if (job.status === 'done') return 'done';
  return `${job.phase}:${counts.done + counts.failed}`;
}

async function progressReply(
  job: BulkJob,
  counts: RowCounts,
  context: StepContext,
): Promise<Reply> {
  const site = await siteOf(job, context);
  if (job.status === 'queued') return { kind: 'card', card: progressCard(job, site, counts) };
  if (job.postedAt !== null) return { kind: 'card', card: progressDoneCard(job, site, counts) };
  // A result the worker gave up posting is shown here instead, so it is not lost.
  const failures = await context.jobs.listRows(job.id, ['failed']);
  return { kind: 'card', card: resultCard(job, site, counts, failures) };
}

/** Posts the first progress card; a failure is logged and stored as a null reference. */
async function postOrNull(
  job: BulkJob,
  reply: Reply,
  context: StepContext,
): Promise<(string | null)[]> {
  try {
    return await context.poster.post(job.address, [reply]);
  } catch (error) {
    context.logger.warn({ jobId: job.id, err: error }, 'bulk progress message post failed');
    return [null];
  }
}
