import type { AuditLog } from '../../audit/audit-log.js';
import type { Poster } from '../../bot/poster.js';
import type { SiteDirectory } from '../../bot/site-directory.js';
import type { ElevenOsClient } from '../../elevenos/client.js';
import type { Site } from '../../elevenos/types.js';
import type { Logger } from '../../log.js';
import type { BulkJobStore } from '../store/job-store.js';
import type { BulkJob } from '../store/job-types.js';

/** Timing and size limits of the bulk worker. */
export interface BulkTaskSettings {
  /** Pause between runs of the task. */
  intervalMs: number;
  /** How long a claimed job stays with one worker without a renewal. */
  leaseMs: number;
  /** Wait before the first read-back after a submission; it doubles per check up to the max. */
  firstCheckMs: number;
  maxCheckDelayMs: number;
  /** After a submission with an unknown outcome: how long to wait before sending its missing rows again. */
  unknownSettleMs: number;
  /** After a 202: how long rows may stay missing, unexplained, before they count as failed. */
  acceptedSettleMs: number;
  /** Time from the first step until the worker reports whatever it has. */
  jobLimitMs: number;
  /** Times a row is sent before a row ElevenOS never confirmed counts as failed. */
  maxSendsPerRow: number;
  /** Rows per ElevenOS job. */
  rowsPerSubmission: number;
  /** Residents changed one by one per step of a dated move-out, between lease renewals. */
  moveOutsPerStep: number;
  /** Tries to post a result before giving up on it. */
  maxPostAttempts: number;
}

// NOTE: ElevenOS documents no size limit for an import or bulk job and no typical run time. The
// job size and the waits here are guesses, to revisit with the full API reference.
export const DEFAULT_BULK_SETTINGS: BulkTaskSettings = {
  intervalMs: 1_000,
  leaseMs: 60_000,
  firstCheckMs: 1_000,
  maxCheckDelayMs: 30_000,
  unknownSettleMs: 10_000,
  acceptedSettleMs: 10 * 60_000,
  jobLimitMs: 30 * 60_000,
  maxSendsPerRow: 5,
  rowsPerSubmission: 1_000,
  moveOutsPerStep: 20,
  maxPostAttempts: 10,
};

/** The services and settings that every step of the worker uses. */
export interface StepContext {
  jobs: BulkJobStore;
  client: ElevenOsClient;
  sites: SiteDirectory;
  poster: Poster;
  logger: Logger;
  /** Receives each job's result, so the audit trail shows bulk outcomes beside single changes. */
  audit: AuditLog;
  /** This worker's lease id. */
  owner: string;
  clock: () => Date;
  settings: BulkTaskSettings;
}

export async function siteOf(job: BulkJob, context: StepContext): Promise<Site> {
  const site = await context.sites.site(job.siteId);
  if (site === null) throw new Error(`Site ${job.siteId} of bulk job ${job.id} is not known`);
  return site;
}

export function later(from: Date, ms: number): Date {
  return new Date(from.getTime() + ms);
}
