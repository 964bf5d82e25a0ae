import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';

import type { WorkerDependencies } from '../worker/tasks.js';
import type { WorkerTask } from '../worker/worker.js';
import { LeaseLostError } from './errors.js';
import { createBulkJobStore } from './store/job-store.js';
import type { BulkJob } from './store/job-types.js';
import { checkStep } from './worker/check-step.js';
import { moveOutStep } from './worker/move-out-step.js';
import { postStep } from './worker/post-step.js';
import { showProgress } from './worker/progress-message.js';
import {
  DEFAULT_BULK_SETTINGS,
  later,
  type BulkTaskSettings,
  type StepContext,
} from './worker/step-context.js';
import { submitStep } from './worker/submit-step.js';

export interface BulkTaskOptions {
  settings?: Partial<BulkTaskSettings>;
  /** The clock of every step; tests move it. */
  now?: () => Date;
  /** This worker's lease id; unique per process by default. */
  owner?: string;
}

// Bounds of one run, so that a run ends and the worker's stop() waits for at most that much work.
const JOBS_PER_RUN = 10;
const STEPS_PER_JOB = 20;

/**
 * Creates the worker task that runs confirmed bulk jobs from the store's queue. It claims one job
 * at a time under a lease and takes the steps that are due: send, read back, post the result.
 * After each step it edits the job's progress message. Each step is recorded before the next, so
 * a worker started after a crash resumes the job.
 */
export function createBulkTask(
  dependencies: WorkerDependencies,
  options: BulkTaskOptions = {},
): WorkerTask {
  const settings = { ...DEFAULT_BULK_SETTINGS, ...options.settings };
  const { runtime, poster } = dependencies;
  const clock = options.now ?? (() => new Date());
  const context: StepContext = {
    jobs: createBulkJobStore(runtime.store),
    client: runtime.client,
    sites: runtime.sites,
    poster,
    logger: dependencies.logger.child({ component: 'bulk-worker' }),
    audit: runtime.audit,
    owner: options.owner ?? `${hostname()}:${process.pid}:${randomUUID()}`,
    clock,
    settings,
  };

  async function step(job: BulkJob): Promise<BulkJob> {
    switch (job.phase) {
      case 'submit':
        return job.kind === 'move_out' ? moveOutStep(job, context) : submitStep(job, context);
      case 'check':
        return checkStep(job, context);
      case 'post':
        return postStep(job, context);
      case 'posted':
        return context.jobs.updateJob(job.id, context.owner, { status: 'done' }, clock());
    }
  }

  async function advance(claimed: BulkJob): Promise<void> {
    const { jobs, owner, logger } = context;
    let job = claimed;
    try {
      if (job.deadlineAt === null) {
        job = await jobs.updateJob(
          job.id,
          owner,
          { deadlineAt: later(clock(), settings.jobLimitMs) },
          clock(),
        );
      }
      for (let steps = 0; steps < STEPS_PER_JOB && job.status === 'queued'; steps += 1) {
        if (job.nextStepAt !== null && job.nextStepAt > clock()) break;
        job = await step(job);
        job = await showProgress(job, context);
        job = await jobs.updateJob(
          job.id,
          owner,
          { leaseUntil: later(clock(), settings.leaseMs) },
          clock(),
        );
      }
    } catch (error) {
      if (error instanceof LeaseLostError) {
        logger.warn({ jobId: job.id }, 'bulk job lease lost');
        return;
      }
      // The job stays queued and its step is tried again after a pause, until its time is up.
      logger.error({ jobId: job.id, phase: job.phase, err: error }, 'bulk job step failed');
      await pauseOrGiveUp(job).catch((pauseError: unknown) => {
        logger.error({ jobId: job.id, err: pauseError }, 'bulk job could not be paused');
      });
    } finally {
      await jobs.releaseJob(job.id, owner, clock());
    }
  }

  async function pauseOrGiveUp(job: BulkJob): Promise<void> {
    const { jobs, owner } = context;
    const now = clock();
    const overdue = job.deadlineAt !== null && now >= job.deadlineAt && job.phase !== 'post';
    if (!overdue) {
      await jobs.updateJob(
        job.id,
        owner,
        { nextStepAt: later(now, settings.maxCheckDelayMs) },
        now,
      );
      return;
    }
    const open = await jobs.listRows(job.id, ['ready', 'sent']);
    const reason =
      'Frontdesk could not reach ElevenOS to finish this row; check it in Site Manager';
    await jobs.settleRows(
      job.id,
      open.map((row) => ({ row: row.row, status: 'failed', reason })),
      now,
    );
    await jobs.updateJob(job.id, owner, { phase: 'post', nextStepAt: null }, now);
  }

  return {
    name: 'bulk-jobs',
    intervalMs: settings.intervalMs,
    async run() {
      for (let handled = 0; handled < JOBS_PER_RUN; handled += 1) {
        const job = await context.jobs.claimNextJob({
          now: clock(),
          owner: context.owner,
          leaseMs: settings.leaseMs,
          platforms: (platform) => poster.reaches(platform as BulkJob['address']['platform']),
        });
        if (job === null) return;
        await advance(job);
      }
    },
  };
}
