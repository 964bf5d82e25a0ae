import { resultCard } from '../cards/job-cards.js';
import { failuresCsv } from '../files/row-exports.js';
import type { BulkJob } from '../store/job-types.js';
import { later, siteOf, type StepContext } from './step-context.js';

/**
 * Posts the result to the conversation that sent the job, once: the job is marked posted right
 * after the platform accepts the post, under this worker's lease.
 */
export async function postStep(job: BulkJob, context: StepContext): Promise<BulkJob> {
  const { jobs, owner, clock, settings } = context;
  const site = await siteOf(job, context);
  const counts = await jobs.countRows(job.id);
  const failures = await jobs.listRows(job.id, ['failed']);
  const location =
    failures.length === 0
      ? null
      : await context.files.save(
          job.address,
          `failures-${job.id.slice(0, 8)}.csv`,
          failuresCsv(failures),
        );
  const card = resultCard(job, site, counts, failures, location);

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
  return jobs.updateJob(
    job.id,
    owner,
    { phase: 'posted', status: 'done', postedAt: now, postAttempts: job.postAttempts + 1 },
    now,
  );
}
