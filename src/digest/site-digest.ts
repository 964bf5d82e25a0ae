import { addDays, todayIn } from '../bot/labels.js';
import { residentUnitLabel } from '../bot/advance.js';
import { upcomingEntries } from '../bot/lists.js';
import { residentName } from '../bot/resident-match.js';
import { localDateReader } from '../dates/local-date-reader.js';
import type { Resident, Site } from '../elevenos/types.js';
import type { DateWindow } from '../parse/types.js';
import { findClashes, isOverdue } from './resident-flags.js';

/** One resident's move-in or move-out as a digest lists it. Names never go into logs. */
export interface DigestLine {
  direction: 'in' | 'out';
  unit: string;
  name: string;
  status: string;
  /** Problems that need a look: no email, a clash in the unit, a start that passed. */
  flags: string[];
}

export interface DigestDay {
  /** Site-local date, `YYYY-MM-DD`. */
  date: string;
  lines: DigestLine[];
}

/** One site's part of a digest. */
export interface SiteDigest {
  site: Site;
  window: DateWindow;
  days: DigestDay[];
  /** Move-ins still scheduled although their start date passed before the window. */
  overdue: DigestDay[];
}

const OVERDUE_FLAG = 'Wi-Fi start has passed but ElevenOS still lists it as scheduled';

function lineFor(
  resident: Resident,
  direction: 'in' | 'out',
  clashes: Map<string, Resident[]>,
  now: Date,
): DigestLine {
  const flags: string[] = [];
  if (direction === 'in' && resident.email === null) flags.push('no email on file');
  for (const other of clashes.get(resident.residentId) ?? []) {
    flags.push(`clashes with ${residentName(other)} (${other.status.join(', ')}) in this unit`);
  }
  if (direction === 'in' && isOverdue(resident, now)) flags.push(OVERDUE_FLAG);
  return {
    direction,
    unit: residentUnitLabel(resident),
    name: residentName(resident),
    status: resident.status.join(', '),
    flags,
  };
}

function withoutOverdueFlag(line: DigestLine): DigestLine {
  return { ...line, flags: line.flags.filter((flag) => flag !== OVERDUE_FLAG) };
}

function groupByDay(entries: { date: string; line: DigestLine }[]): DigestDay[] {
  const days: DigestDay[] = [];
  for (const entry of entries) {
    const last = days.at(-1);
    if (last?.date === entry.date) last.lines.push(entry.line);
    else days.push({ date: entry.date, lines: [entry.line] });
  }
  return days;
}

/**
 * Builds a site's digest: moves whose site-local date falls in the `windowDays` days from the
 * local date of `slot`, grouped by day, each with what needs a look at `now`.
 */
export function buildSiteDigest(
  residents: Resident[],
  site: Site,
  options: { slot: Date; now: Date; windowDays: number; includeMoveOuts: boolean },
): SiteDigest {
  const from = todayIn(options.slot, site.timeZone);
  const window = { from, to: addDays(from, options.windowDays - 1) };
  const kind = options.includeMoveOuts ? 'both' : 'move_in';
  const clashes = findClashes(residents);

  const entries = upcomingEntries(residents, site, window, kind).map((entry) => ({
    date: entry.date,
    line: lineFor(entry.resident, entry.direction, clashes, options.now),
  }));
  const localDate = localDateReader(site.timeZone);
  const overdue = residents
    .filter((resident) => isOverdue(resident, options.now))
    .map((resident) => ({
      date: localDate(Date.parse(resident.activationDateUtc)),
      // The section's heading states that the start passed, so the line leaves that flag out.
      line: withoutOverdueFlag(lineFor(resident, 'in', clashes, options.now)),
    }))
    .filter((entry) => entry.date < window.from)
    .sort((a, b) => a.date.localeCompare(b.date) || a.line.unit.localeCompare(b.line.unit));

  return { site, window, days: groupByDay(entries), overdue: groupByDay(overdue) };
}

export function isEmptyDigest(digest: SiteDigest): boolean {
  return digest.days.length === 0 && digest.overdue.length === 0;
}
