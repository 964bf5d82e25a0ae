import { describeElevenOsError } from '../../elevenos/describe-error.js';
import { ElevenOsError } from '../../elevenos/errors.js';
import type { NewResident } from '../../elevenos/types.js';
import type { BulkJob, BulkRow, Submission } from '../store/job-types.js';
import { later, siteOf, type StepContext } from './step-context.js';

/**
 * Sends the next slice of ready rows as one ElevenOS job. The rows and the submission are stored
 * as sent, with an unknown outcome, before the request goes out, so a worker that dies during the
 * request leaves a job that the check step settles by reading ElevenOS back.
 */
export async function submitStep(job: BulkJob, context: StepContext): Promise<BulkJob> {
  const { jobs, owner, clock, settings } = context;
  const ready = await jobs.listRows(job.id, ['ready']);
  if (ready.length === 0) {
    return jobs.updateJob(job.id, owner, { phase: 'check', nextStepAt: null }, clock());
  }
  if (job.deadlineAt !== null && clock() >= job.deadlineAt) {
    const reason = 'not sent: Frontdesk stopped trying before ElevenOS took it; import it again';
    const outcomes = ready.map((row) => ({ row: row.row, status: 'failed' as const, reason }));
    await jobs.settleRows(job.id, outcomes, clock());
    return jobs.updateJob(job.id, owner, { phase: 'check', nextStepAt: null }, clock());
  }
  const slice = ready.slice(0, settings.rowsPerSubmission);
  const at = clock();
  const submission: Submission = {
    attempt: job.submissions.length + 1,
    at: at.toISOString(),
    outcome: 'unknown',
    elevenOsJobId: null,
    rows: slice.length,
  };
  const numbers = slice.map((row) => row.row);
  await jobs.markSent(job.id, numbers, submission.attempt, at);
  await jobs.updateJob(job.id, owner, { submissions: [...job.submissions, submission] }, at);

  try {
    const receipt = await send(job, slice, context);
    submission.outcome = 'accepted';
    submission.elevenOsJobId = receipt.jobId;
    context.logger.info(
      { jobId: job.id, elevenOsJobId: receipt.jobId, rows: slice.length },
      'bulk job submitted',
    );
  } catch (error) {
    if (!(error instanceof ElevenOsError)) throw error;
    const log = { jobId: job.id, code: error.code, status: error.status, outcome: error.outcome };
    if (error.outcome === 'unknown') {
      context.logger.warn(log, 'bulk submission outcome unknown');
    } else {
      // ElevenOS refused the whole request, so none of these rows can have been applied.
      submission.outcome = 'rejected';
      const site = await siteOf(job, context);
      const action = job.kind === 'import' ? 'import' : 'bulk';
      const reason = describeElevenOsError(error, { siteName: site.name, action });
      await jobs.updateRows(job.id, numbers, { status: 'failed', reason }, clock());
      context.logger.warn(log, 'bulk submission rejected');
    }
  }

  const more = ready.length > slice.length;
  const now = clock();
  return jobs.updateJob(
    job.id,
    owner,
    {
      submissions: [...job.submissions, submission],
      phase: more ? 'submit' : 'check',
      checks: 0,
      nextStepAt: more ? null : later(now, settings.firstCheckMs),
    },
    now,
  );
}

function send(job: BulkJob, rows: BulkRow[], context: StepContext) {
  if (job.kind === 'import') {
    const residents = rows
      .map((row) => (row.payload?.kind === 'new_resident' ? row.payload.resident : null))
      .filter((resident): resident is NewResident => resident !== null);
    return context.client.importResidents(job.teamId, job.siteId, residents);
  }
  const ids = rows
    .map((row) => (row.payload?.kind === 'resident' ? row.payload.residentId : null))
    .filter((id): id is string => id !== null);
  const action = job.kind === 'purge' ? 'terminate-and-purge' : 'terminate';
  return context.client.bulkAction(job.teamId, job.siteId, action, ids);
}
