import type { Card } from '../../bot/replies.js';
import type { Site } from '../../elevenos/types.js';
import { closedPreviewCard, finishedCard, progressCard } from '../cards/job-cards.js';
import {
  PREVIEW_PROBLEMS,
  importPreviewCard,
  terminationPreviewCard,
} from '../cards/preview-cards.js';
import type { BulkJob } from '../store/job-types.js';
import type { BulkServices } from './bulk-services.js';

/** Builds the card that shows a job as it is now: its preview, its progress or its result. */
export async function currentCard(job: BulkJob, services: BulkServices, now: Date): Promise<Card> {
  const site = await siteOfJob(job, services);
  const counts = await services.jobs.countRows(job.id);
  switch (job.status) {
    case 'preview':
      if (job.expiresAt <= now) {
        return closedPreviewCard(
          job,
          site,
          'This preview expired. Send the command again for a fresh check.',
        );
      }
      return previewCard(job, site, services, now);
    case 'cancelled':
      return closedPreviewCard(
        job,
        site,
        `Cancelled by ${job.confirmedBy ?? 'someone'}. Nothing was sent to ElevenOS.`,
      );
    case 'queued':
      return progressCard(job, site, counts);
    case 'done': {
      const failures = await services.jobs.listRows(job.id, ['failed']);
      return finishedCard(job, site, counts, failures);
    }
  }
}

/** Builds the preview card of a job that can still be sent. */
export async function previewCard(
  job: BulkJob,
  site: Site,
  services: BulkServices,
  now: Date,
): Promise<Card> {
  if (job.kind === 'import') {
    const counts = await services.jobs.countRows(job.id);
    const problems = await services.jobs.listRows(job.id, ['problem'], PREVIEW_PROBLEMS);
    return importPreviewCard(job, site, counts, problems);
  }
  return terminationPreviewCard(job, site, await services.jobs.listRows(job.id), now);
}

export async function siteOfJob(job: BulkJob, services: BulkServices): Promise<Site> {
  const site = await services.sites.site(job.siteId);
  if (site === null) throw new Error(`Site ${job.siteId} of bulk job ${job.id} is not known`);
  return site;
}
