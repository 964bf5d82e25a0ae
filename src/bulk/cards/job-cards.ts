import type { Card } from '../../bot/replies.js';
import { formatClock } from '../../dates/format.js';
import type { Site } from '../../elevenos/types.js';
import type { BulkJob, BulkRow, RowCounts } from '../store/job-types.js';
import { DONE_WORD, count, placeOf, rowLabel } from './card-words.js';

/** How many failures a result card lists; the rest are in failures.csv. */
export const RESULT_FAILURES = 10;

const SENT_WORD = {
  import: 'Sending',
  move_out: 'Setting move-outs for',
  terminate: 'Ending Wi-Fi for',
  purge: 'Purging',
} as const;

const RESULT_WORD = {
  move_out: 'Move-outs set',
  terminate: 'Terminated',
  purge: 'Purged',
} as const;

function subject(job: BulkJob, total: number): string {
  return job.kind === 'import' ? count(total, 'row') : count(total, 'resident');
}

/**
 * Builds the card that replaces a clicked preview once the job is queued. It has no Progress
 * field: the worker posts the one progress message and edits it, so a second card showing a
 * progress that never moves would look stuck.
 */
export function queuedCard(job: BulkJob, site: Site, counts: RowCounts): Card {
  const title = `${SENT_WORD[job.kind]} ${subject(job, totalOf(counts))} · ${placeOf(job, site)}`;
  const note = `${sentBy(job, site)}. Queued: the worker picks it up within seconds, and progress and the result will be posted in this conversation.`;
  return {
    title,
    fields: [],
    notes: [note],
    actions: [],
    fallbackText: `${title}. ${note}`,
    tone: 'info',
  };
}

/**
 * Builds the card of a running job. The worker posts it once and edits it in place as rows
 * settle, so it has no Refresh button.
 */
export function progressCard(job: BulkJob, site: Site, counts: RowCounts): Card {
  const total = totalOf(counts);
  const title = `${SENT_WORD[job.kind]} ${subject(job, total)} · ${placeOf(job, site)}`;
  const finished = counts.done + counts.failed;
  const progress =
    job.submissions.length === 0 && finished === 0
      ? 'queued; the worker picks it up within seconds'
      : `${finished.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} settled · ${counts.done.toLocaleString('en-US')} ${DONE_WORD[job.kind]} · ${counts.failed.toLocaleString('en-US')} failed`;
  return {
    title,
    fields: [{ label: 'Progress', value: progress }],
    notes: [`${sentBy(job, site)}. The result will be posted in this conversation.`],
    actions: [],
    fallbackText: `${title}. ${progress}.`,
    tone: 'info',
  };
}

/** Builds the result posted once the worker has read ElevenOS back: done, failed, and why. */
export function resultCard(job: BulkJob, site: Site, counts: RowCounts, failures: BulkRow[]): Card {
  const total = counts.done + counts.failed;
  const done = counts.done.toLocaleString('en-US');
  const title =
    job.kind === 'import'
      ? `Import finished: ${done} of ${count(total, 'row')} scheduled · ${site.name}`
      : `${RESULT_WORD[job.kind]}: ${done} of ${subject(job, total)} · ${placeOf(job, site)}`;
  const fields = failures
    .slice(0, RESULT_FAILURES)
    .map((row) => ({ label: rowLabel(row), value: row.reason ?? 'not applied' }));
  const more = counts.failed - fields.length;
  const notes: string[] = [];
  if (counts.failed === 0) notes.push('Nothing failed.');
  else
    notes.push(
      `${count(counts.failed, 'failure')}${more > 0 ? `; ${more} more not listed here` : ''}.`,
    );
  const failed = counts.failed === 0 ? '' : ` ${counts.failed} failed.`;
  return {
    title,
    fields,
    notes,
    actions: [],
    fallbackText: `${title}.${failed}`,
    tone: counts.failed === 0 ? 'success' : 'warning',
  };
}

/** Builds the final state of a job's progress message, and of its cards clicked later. */
export function finishedCard(
  job: BulkJob,
  site: Site,
  counts: RowCounts,
  failures: BulkRow[],
): Card {
  const card = resultCard(job, site, counts, failures);
  return { ...card, notes: [...card.notes, 'The result was posted in this conversation.'] };
}

/**
 * Builds the last state of a progress message once the result is posted. It shows the counts
 * only: the result card, posted as its own message, is the one place the result and its failures
 * appear.
 */
export function progressDoneCard(job: BulkJob, site: Site, counts: RowCounts): Card {
  const total = totalOf(counts);
  const title = `${SENT_WORD[job.kind]} ${subject(job, total)} · ${placeOf(job, site)}`;
  const progress = `finished · ${counts.done.toLocaleString('en-US')} ${DONE_WORD[job.kind]} · ${counts.failed.toLocaleString('en-US')} failed`;
  return {
    title,
    fields: [{ label: 'Progress', value: progress }],
    notes: [`${sentBy(job, site)}. The result was posted in this conversation.`],
    actions: [],
    fallbackText: `${title}. ${progress}.`,
    tone: 'info',
  };
}

function totalOf(counts: RowCounts): number {
  return counts.ready + counts.sent + counts.done + counts.failed;
}

function sentBy(job: BulkJob, site: Site): string {
  const when = job.confirmedAt === null ? '' : ` at ${formatClock(job.confirmedAt, site.timeZone)}`;
  return `Sent by ${job.confirmedBy ?? 'someone'}${when}`;
}

/** Builds the card of a preview that can no longer be sent: cancelled or expired. */
export function closedPreviewCard(job: BulkJob, site: Site, reason: string): Card {
  // A job over a whole site is titled with the site's name, which is not repeated.
  const place = job.title === site.name ? site.name : `${job.title} · ${site.name}`;
  const title = `${job.status === 'cancelled' ? 'Cancelled' : 'Expired'}: ${place}`;
  return {
    title,
    fields: [],
    notes: [reason],
    actions: [],
    fallbackText: `${title}. ${reason}`,
    tone: 'info',
  };
}
