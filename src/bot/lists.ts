import { formatDate, formatInstant } from '../dates/format.js';
import { localDateReader, nearWindow } from '../dates/local-date-reader.js';
import type { Resident, Site } from '../elevenos/types.js';
import type { DateWindow, UpcomingKind } from '../parse/types.js';
import { addDays, todayIn } from './labels.js';
import { residentUnitLabel } from './advance.js';
import { residentName } from './resident-match.js';

/** Default look-ahead of an upcoming list with no period: today and the next six days. */
export const DEFAULT_WINDOW_DAYS = 7;

/** One line per resident: unit, name, status and dates. */
export function describeResident(resident: Resident, site: Site, now: Date): string {
  const parts = [
    `${residentUnitLabel(resident)}: ${residentName(resident)}`,
    resident.status.join(', '),
    `Wi-Fi starts ${formatInstant(resident.activationDateUtc, site.timeZone, now)}`,
  ];
  if (resident.deactivationDateUtc !== null) {
    parts.push(`ends ${formatInstant(resident.deactivationDateUtc, site.timeZone, now)}`);
  }
  return parts.join(' · ');
}

export function defaultWindow(now: Date, zone: string): DateWindow {
  const today = todayIn(now, zone);
  return { from: today, to: addDays(today, DEFAULT_WINDOW_DAYS - 1) };
}

export interface UpcomingEntry {
  date: string;
  direction: 'in' | 'out';
  resident: Resident;
}

// localeCompare without arguments compares as a default Intl.Collator does. One shared Collator
// skips its setup on each of the many comparisons a sort makes.
const collator = new Intl.Collator();

/** Move-ins and move-outs whose site-local date falls in the window, in date order. */
export function upcomingEntries(
  residents: Resident[],
  site: Site,
  window: DateWindow,
  kind: UpcomingKind,
): UpcomingEntry[] {
  const localDate = localDateReader(site.timeZone);
  // Formatting a date in a zone costs far more than Date.parse, so only instants near the
  // window are formatted.
  const near = nearWindow(window.from, window.to);
  const inWindow = (date: string) => date >= window.from && date <= window.to;
  const entries: UpcomingEntry[] = [];
  for (const resident of residents) {
    const startMs = Date.parse(resident.activationDateUtc);
    if (kind !== 'move_out' && near(startMs)) {
      const start = localDate(startMs);
      if (inWindow(start)) entries.push({ date: start, direction: 'in', resident });
    }
    if (kind !== 'move_in' && resident.deactivationDateUtc !== null) {
      const endMs = Date.parse(resident.deactivationDateUtc);
      const end = near(endMs) ? localDate(endMs) : null;
      if (end !== null && inWindow(end)) entries.push({ date: end, direction: 'out', resident });
    }
  }
  return sortByDateAndUnit(entries);
}

function sortByDateAndUnit(entries: UpcomingEntry[]): UpcomingEntry[] {
  const labelled = entries.map((entry) => ({ entry, unit: residentUnitLabel(entry.resident) }));
  // Dates are all `YYYY-MM-DD`, so comparing code units orders them as localeCompare did.
  labelled.sort((a, b) => {
    if (a.entry.date !== b.entry.date) {
      return a.entry.date < b.entry.date ? -1 : 1;
    }
    return collator.compare(a.unit, b.unit);
  });
  return labelled.map((item) => item.entry);
}

function kindTitle(kind: UpcomingKind): string {
  if (kind === 'move_in') return 'Move-ins';
  if (kind === 'move_out') return 'Move-outs';
  return 'Move-ins and move-outs';
}

/** Renders the upcoming list grouped by day, as in the channel digest. */
export function renderUpcoming(
  residents: Resident[],
  site: Site,
  window: DateWindow,
  kind: UpcomingKind,
  now: Date,
): string {
  const zone = site.timeZone;
  const range = `${formatDate(window.from, zone, now)} – ${formatDate(window.to, zone, now)}`;
  const entries = upcomingEntries(residents, site, window, kind);
  if (entries.length === 0) return `No ${kindTitle(kind).toLowerCase()} at ${site.name}, ${range}.`;

  const lines = [`${kindTitle(kind)} · ${site.name} · ${range}`];
  let day = '';
  for (const entry of entries) {
    if (entry.date !== day) {
      day = entry.date;
      lines.push(formatDate(day, zone, now));
    }
    const flags =
      entry.resident.email === null && entry.direction === 'in' ? ' · no email on file' : '';
    lines.push(
      `  ${entry.direction.padEnd(4)} ${residentUnitLabel(entry.resident).padEnd(14)} ${residentName(entry.resident).padEnd(16)} ${entry.resident.status.join(', ')}${flags}`,
    );
  }
  return lines.join('\n');
}
