// Site-local dates of UTC instants, for lists that read thousands of them at once.

/** More than any UTC offset in use (−12 h to +14 h), so instants outside it cannot match. */
const OFFSET_MARGIN_MS = 36 * 3_600_000;
const DAY_MS = 86_400_000;

// Building an Intl.DateTimeFormat costs more than formatting many dates with it, and a server
// lists the same few zones all day.
const FORMATTERS = new Map<string, Intl.DateTimeFormat>();

/**
 * Returns a function from epoch milliseconds to the site-local `YYYY-MM-DD` in `zone`. One Intl
 * formatter serves every call: a luxon DateTime per resident dominated long lists.
 */
export function localDateReader(zone: string): (epochMs: number) => string {
  let format = FORMATTERS.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    FORMATTERS.set(zone, format);
  }
  const formatter = format;
  return (epochMs) => formatter.format(epochMs);
}

/**
 * Returns a test that is false only for instants whose local date, in any zone, lies outside
 * `from`..`to`, so callers format just the instants near the window. NaN and unreadable window
 * dates pass, so the caller's own checks still see them.
 */
export function nearWindow(from: string, to: string): (epochMs: number) => boolean {
  const lowest = Date.parse(`${from}T00:00:00Z`) - OFFSET_MARGIN_MS;
  const highest = Date.parse(`${to}T00:00:00Z`) + DAY_MS + OFFSET_MARGIN_MS;
  if (Number.isNaN(lowest) || Number.isNaN(highest)) {
    return () => true;
  }
  return (epochMs) => Number.isNaN(epochMs) || (epochMs >= lowest && epochMs < highest);
}
