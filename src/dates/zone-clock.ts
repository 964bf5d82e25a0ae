// The site-local calendar date and UTC offset of an instant, from one Intl formatter per zone.
// luxon's DateTime.fromJSDate computes the same figures but allocates a DateTime and its
// offset cache on every call, which showed up in parse profiles as the largest luxon cost.
import { DateTime } from 'luxon';

export interface ZoneClock {
  /** Site-local date, `YYYY-MM-DD`. */
  today: string;
  /** Minutes the zone is ahead of UTC at that instant, as luxon's `offset` reports it. */
  offsetMinutes: number;
}

// null marks a zone name Intl rejects but luxon may still read ("local", "UTC+3").
const FORMATTERS = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(zone: string): Intl.DateTimeFormat | null {
  const cached = FORMATTERS.get(zone);
  if (cached !== undefined) {
    return cached;
  }
  let formatter: Intl.DateTimeFormat | null = null;
  try {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    formatter = null;
  }
  FORMATTERS.set(zone, formatter);
  return formatter;
}

// en-US numeric with hourCycle h23, such as "12/4/2026, 10:00:00".
const EN_US_NUMERIC = /^(\d{1,2})\/(\d{1,2})\/(\d{1,6}), (\d{1,2}):(\d{2}):(\d{2})$/;

const pad = (value: number, width: number) => String(value).padStart(width, '0');

function luxonClock(now: Date, zone: string): ZoneClock {
  const local = DateTime.fromJSDate(now, { zone });
  if (!local.isValid) {
    throw new RangeError(`Invalid time zone or instant: ${zone}`);
  }
  return { today: local.toFormat('yyyy-MM-dd'), offsetMinutes: local.offset };
}

/** Reads the local date and offset of `now` in the IANA `zone`. Throws RangeError when invalid. */
export function readZoneClock(now: Date, zone: string): ZoneClock {
  const formatter = formatterFor(zone);
  const epochMs = now.getTime();
  if (formatter === null || Number.isNaN(epochMs)) {
    return luxonClock(now, zone);
  }
  // format() and one regex cost about a third of formatToParts() (Node 20), and this runs for
  // every command. Any other shape (an era, a year before 100) is left to luxon.
  const match = EN_US_NUMERIC.exec(formatter.format(now));
  if (match === null) {
    return luxonClock(now, zone);
  }
  const [month, day, year, hour, minute, second] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  // Date.UTC maps years 0 to 99 onto the 1900s.
  if (year < 100) {
    return luxonClock(now, zone);
  }
  const localAsUtc = Date.UTC(year, month - 1, day, hour === 24 ? 0 : hour, minute, second);
  const wholeSeconds = epochMs - (((epochMs % 1000) + 1000) % 1000);
  return {
    today: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`,
    offsetMinutes: (localAsUtc - wholeSeconds) / 60_000,
  };
}
