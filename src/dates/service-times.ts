import { DateTime } from 'luxon';

// ElevenOS recommends switching Wi-Fi on at 06:00 and off at 23:59:59 site-local time. The wall
// time is resolved in the site's IANA zone for that calendar date, so the UTC offset is the one
// in force on that day (never the server's zone, never today's offset).
const ACTIVATION = { hour: 6, minute: 0, second: 0 };
const DEACTIVATION = { hour: 23, minute: 59, second: 59 };

function wallTimeToUtc(date: string, zone: string, time: typeof ACTIVATION): string {
  const day = DateTime.fromISO(date, { zone });
  if (!day.isValid) throw new RangeError(`invalid site-local date "${date}" in ${zone}`);
  return day
    .set({ ...time, millisecond: 0 })
    .toUTC()
    .toISO({ suppressMilliseconds: false });
}

/** Returns the UTC instant (`YYYY-MM-DDThh:mm:ss.000Z`) when Wi-Fi starts on a site-local date. */
export function activationInstant(date: string, zone: string): string {
  return wallTimeToUtc(date, zone, ACTIVATION);
}

/** Returns the UTC instant when Wi-Fi ends on a site-local date: 23:59:59 that day. */
export function deactivationInstant(date: string, zone: string): string {
  return wallTimeToUtc(date, zone, DEACTIVATION);
}

/** Returns the site-local calendar date (`YYYY-MM-DD`) of a UTC instant. */
export function siteDateOf(instant: string, zone: string): string {
  return DateTime.fromISO(instant, { zone: 'utc' }).setZone(zone).toISODate()!;
}
