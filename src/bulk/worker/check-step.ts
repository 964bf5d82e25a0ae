import type { RowOutcome } from '../store/job-store.js';
import type { BulkJob, BulkRow, Submission } from '../store/job-types.js';
import { reconcileRows } from './reconcile.js';
import { later, siteOf, type StepContext } from './step-context.js';

/**
 * Reads the site's residents and settles each sent row: applied, refused for a reason the
 * residents show, sent again after a submission whose outcome was unknown, or still waiting.
 * Waiting rows are read again with a growing delay until their time is up.
 */
export async function checkStep(job: BulkJob, context: StepContext): Promise<BulkJob> {
  const { jobs, owner, clock, settings } = context;
  const sent = await jobs.listRows(job.id, ['sent']);
  if (sent.length === 0)
    return jobs.updateJob(job.id, owner, { phase: 'post', nextStepAt: null }, clock());

  const site = await siteOf(job, context);
  const residents = await context.client.listResidents(job.teamId, job.siteId);
  const now = clock();
  const verdicts = reconcileRows(job.kind, sent, residents, { site, now });

  const settled: RowOutcome[] = [];
  const resend: number[] = [];
  let waiting = 0;
  for (const row of sent) {
    const verdict = verdicts.get(row.row) ?? { status: 'waiting' };
    if (verdict.status !== 'waiting') {
      settled.push({ row: row.row, ...verdict });
      continue;
    }
    const next = afterWaiting(job, row, now, context);
    if (next === 'resend') resend.push(row.row);
    else if (next === 'wait') waiting += 1;
    else settled.push({ row: row.row, status: 'failed', reason: next.reason });
  }
  await jobs.settleRows(job.id, settled, now);
  await jobs.updateRows(job.id, resend, { status: 'ready' }, now);
  context.logger.info(
    { jobId: job.id, sent: sent.length, resend: resend.length, waiting },
    'bulk job checked',
  );

  if (resend.length > 0) {
    return jobs.updateJob(job.id, owner, { phase: 'submit', nextStepAt: null }, now);
  }
  if (waiting === 0) return jobs.updateJob(job.id, owner, { phase: 'post', nextStepAt: null }, now);
  const delay = Math.min(settings.firstCheckMs * 2 ** (job.checks + 1), settings.maxCheckDelayMs);
  const deadline = job.deadlineAt ?? later(now, delay);
  const nextStepAt = new Date(Math.min(later(now, delay).getTime(), deadline.getTime()));
  return jobs.updateJob(job.id, owner, { checks: job.checks + 1, nextStepAt }, now);
}

/** Decides what to do with a row that is not visible yet. */
function afterWaiting(
  job: BulkJob,
  row: BulkRow,
  now: Date,
  context: StepContext,
): 'wait' | 'resend' | { reason: string } {
  const { settings } = context;
  if (job.deadlineAt !== null && now >= job.deadlineAt) {
    return {
      reason:
        'ElevenOS had not applied it when Frontdesk stopped waiting; check it in Site Manager',
    };
  }
  const submission: Submission | undefined = job.submissions.find(
    (each) => each.attempt === row.attempt,
  );
  const sentAt = submission === undefined ? now.getTime() : Date.parse(submission.at);
  if (submission?.outcome === 'accepted') {
    if (now.getTime() < sentAt + settings.acceptedSettleMs) return 'wait';
    return {
      reason:
        'ElevenOS accepted the job but did not apply this row; the job email to the API account gives the reason',
    };
  }
  // The request may never have reached ElevenOS: after a while, send the missing rows again.
  if (now.getTime() < sentAt + settings.unknownSettleMs) return 'wait';
  if (row.sends < settings.maxSendsPerRow) return 'resend';
  return { reason: `ElevenOS did not confirm it after ${row.sends} tries` };
}
