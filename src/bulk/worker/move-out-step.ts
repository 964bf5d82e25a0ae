import { describeElevenOsError } from '../../elevenos/describe-error.js';
import { ElevenOsError } from '../../elevenos/errors.js';
import type { BulkJob } from '../store/job-types.js';
import { later, siteOf, type StepContext } from './step-context.js';

/**
 * Sets the move-out date of the next few residents one by one: ElevenOS has no bulk call for a
 * dated move-out. Setting the same deactivation twice changes nothing, so a row left "sent" by a
 * worker that died mid-call is simply sent again.
 */
export async function moveOutStep(job: BulkJob, context: StepContext): Promise<BulkJob> {
  const { jobs, owner, clock, settings } = context;
  const rows = (await jobs.listRows(job.id, ['ready', 'sent'])).slice(0, settings.moveOutsPerStep);
  if (rows.length === 0) return jobs.updateJob(job.id, owner, { phase: 'post' }, clock());
  const deactivationDateUtc = job.details.deactivationUtc;
  if (deactivationDateUtc === undefined) throw new Error(`Bulk job ${job.id} has no move-out date`);
  const site = await siteOf(job, context);

  for (const row of rows) {
    if (row.payload?.kind !== 'resident') continue;
    await jobs.markSent(job.id, [row.row], 1, clock());
    try {
      await context.client.updateResident(job.teamId, job.siteId, row.payload.residentId, {
        deactivationDateUtc,
      });
      await jobs.updateRows(
        job.id,
        [row.row],
        { status: 'done', residentId: row.payload.residentId },
        clock(),
      );
    } catch (error) {
      if (!(error instanceof ElevenOsError)) throw error;
      const reason = describeElevenOsError(error, { siteName: site.name, action: 'move-out' });
      await jobs.updateRows(job.id, [row.row], { status: 'failed', reason }, clock());
      context.logger.warn(
        { jobId: job.id, code: error.code, status: error.status },
        'bulk move-out failed',
      );
    }
    // Each call may take the client's whole retry budget, so the lease is renewed per resident.
    await jobs.updateJob(job.id, owner, { leaseUntil: later(clock(), settings.leaseMs) }, clock());
  }
  return jobs.updateJob(job.id, owner, { nextStepAt: null }, clock());
}
