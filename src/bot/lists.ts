import { formatDate, formatInstant } from '../dates/format.js';
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

/**
 * Returns a function from a UTC instant to its site-local `YYYY-MM-DD`. One Intl formatter serves
 * every call: building a luxon DateTime per resident dominated long lists.
 */
function siteDateReader(zone: string): (instant: string) => string {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return (instant) => format.format(new Date(instant));
}

export interface UpcomingEntry {
  date: string;
  direction: 'in' | 'out';
  resident: Resident;
}

/** Move-ins and move-outs whose site-local date falls in the window, in date order. */
export function upcomingEntries(
  residents: Resident[],
  site: Site,
  window: DateWindow,
  kind: UpcomingKind,
): UpcomingEntry[] {
  const localDate = siteDateReader(site.timeZone);
  const inWindow = (date: string) => date >= window.from && date <= window.to;
  const entries: UpcomingEntry[] = [];
  for (const resident of residents) {
    const start = localDate(resident.activationDateUtc);
    if (kind !== 'move_out' && inWindow(start))
      entries.push({ date: start, direction: 'in', resident });
    if (kind !== 'move_in' && resident.deactivationDateUtc !== null) {
      const end = localDate(resident.deactivationDateUtc);
      if (inWindow(end)) entries.push({ date: end, direction: 'out', resident });
    }
  }
  return entries.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      residentUnitLabel(a.resident).localeCompare(residentUnitLabel(b.resident)),
  );
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
