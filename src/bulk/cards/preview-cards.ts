import type { Card, CardAction } from '../../bot/replies.js';
import type { Site } from '../../elevenos/types.js';
import { formatDate } from '../../dates/format.js';
import type { BulkJob, BulkRow, RowCounts } from '../store/job-types.js';
import { count, placeOf, shortMoment } from './card-words.js';

/** How many problem rows an import preview lists; the rest are in problems.csv. */
export const PREVIEW_PROBLEMS = 5;
/** How many residents a termination preview names. */
export const PREVIEW_NAMES = 8;

/** Builds the preview of an import: ready and problem counts, the first problems, Send and Cancel. */
export function importPreviewCard(
  job: BulkJob,
  site: Site,
  counts: RowCounts,
  firstProblems: Pick<BulkRow, 'row' | 'problems'>[],
): Card {
  const total = counts.ready + counts.problem;
  const title = `${job.title} → ${site.name}: ${count(total, 'row')}`;
  const fix = counts.problem === 1 ? 'needs a fix' : 'need a fix';
  const summary = `${counts.ready.toLocaleString('en-US')} ready · ${counts.problem.toLocaleString('en-US')} ${fix}`;

  const fields = [
    { label: 'Rows', value: summary },
    ...firstProblems.map((row) => ({ label: `Row ${row.row}`, value: row.problems.join('; ') })),
  ];
  const notes: string[] = [];
  const more = counts.problem - firstProblems.length;
  if (more > 0) notes.push(`${count(more, 'more row')} with problems in problems.csv.`);
  notes.push('Wi-Fi starts at 6:00 AM and ends at 11:59:59 PM site time on the dates of each row.');
  const ignored = job.details.ignoredColumns ?? [];
  if (ignored.length > 0) notes.push(`Columns not used: ${ignored.join(', ')}.`);
  notes.push(
    `Asked by ${job.createdBy} · this preview expires ${shortMoment(job.expiresAt, site)}`,
  );

  const blocked = counts.ready === 0 ? ' No row can be sent yet.' : '';
  return {
    title,
    fields,
    notes,
    actions: importActions(job, counts),
    fallbackText: `${title}. ${summary}.${blocked}`,
    tone: counts.problem > 0 ? 'warning' : 'info',
  };
}

function importActions(job: BulkJob, counts: RowCounts): CardAction[] {
  const actions: CardAction[] = [];
  if (counts.ready > 0) {
    const label = `Send ${count(counts.ready, 'row')}`;
    actions.push({ id: 'bulk_send', label, style: 'primary', value: job.id });
  }
  if (counts.problem > 0) {
    actions.push({ id: 'bulk_problems', label: 'Problems CSV', style: 'default', value: job.id });
  }
  actions.push(cancelAction(job));
  return actions;
}

/** Builds the preview of a move-out, termination or purge of many residents. */
export function terminationPreviewCard(job: BulkJob, site: Site, rows: BulkRow[], now: Date): Card {
  const place = placeOf(job, site);
  const residents = count(rows.length, 'resident');
  const names = rows
    .slice(0, PREVIEW_NAMES)
    .map((row) =>
      row.source.kind === 'resident' ? `${row.source.name} (${row.source.unit})` : '',
    );
  const more = rows.length - names.length;
  const listed = `${names.join(', ')}${more > 0 ? `, and ${count(more, 'other')}` : ''}`;
  const { title, effect, action } = describeTermination(job, site, residents, place, now);
  const notes = [
    ...(job.details.notes ?? []),
    `Asked by ${job.createdBy} · this preview expires ${shortMoment(job.expiresAt, site)}`,
  ];
  if (job.kind === 'purge') notes.unshift('You will be asked to type the number of residents.');
  return {
    title,
    fields: [
      { label: 'Residents', value: listed },
      { label: 'What happens', value: effect },
    ],
    notes,
    actions: [action, cancelAction(job)],
    fallbackText: `${title}: ${listed}. ${effect}`,
    tone: job.kind === 'move_out' ? 'warning' : 'danger',
  };
}

function describeTermination(
  job: BulkJob,
  site: Site,
  residents: string,
  place: string,
  now: Date,
): { title: string; effect: string; action: CardAction } {
  switch (job.kind) {
    case 'purge':
      return {
        title: `Purge ${residents} · ${place}`,
        effect: 'Wi-Fi ends now and each record is deleted for good. This cannot be undone.',
        action: { id: 'bulk_purge', label: `Purge ${residents}…`, style: 'danger', value: job.id },
      };
    case 'terminate':
      return {
        title: `End Wi-Fi now for ${residents} · ${place}`,
        effect: 'Wi-Fi ends as soon as ElevenOS runs the job; the records are kept.',
        action: {
          id: 'bulk_send',
          label: `End Wi-Fi for ${residents}`,
          style: 'danger',
          value: job.id,
        },
      };
    default: {
      const day = formatDate(job.details.endDate ?? '', site.timeZone, now);
      return {
        title: `Move out ${residents} on ${day} · ${place}`,
        effect: `Wi-Fi ends ${day} at 11:59:59 PM site time.`,
        action: {
          id: 'bulk_send',
          label: `Move out ${residents}`,
          style: 'primary',
          value: job.id,
        },
      };
    }
  }
}

/** Builds the purge preview shown after Purge was clicked, which waits for the typed count. */
export function purgeCountCard(job: BulkJob, site: Site, total: number, clickedBy: string): Card {
  const title = `Purge ${count(total, 'resident')} · ${placeOf(job, site)}`;
  const ask = `Type ${total} to purge ${total === 1 ? 'this resident' : `these ${total} residents`} for good, or "cancel".`;
  return {
    title,
    fields: [],
    notes: [ask, `Only ${clickedBy} can type the number.`],
    // No buttons: the console reads a typed number as a click on that button.
    actions: [],
    fallbackText: `${title}. ${ask}`,
    tone: 'danger',
  };
}

function cancelAction(job: BulkJob): CardAction {
  return { id: 'bulk_cancel', label: 'Cancel', style: 'default', value: job.id };
}
