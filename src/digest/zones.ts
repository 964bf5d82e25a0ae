import { IANAZone } from 'luxon';

// Short names staff use for the zones of US sites. Any IANA name works as well.
const ZONE_ALIASES: Record<string, string> = {
  et: 'America/New_York',
  ct: 'America/Chicago',
  mt: 'America/Denver',
  pt: 'America/Los_Angeles',
  utc: 'UTC',
  gmt: 'UTC',
};

/** Returns the IANA zone a staff word or IANA name stands for, or null when it names none. */
export function readZone(text: string): string | null {
  const alias = ZONE_ALIASES[text.toLowerCase()];
  if (alias !== undefined) return alias;
  if (!IANAZone.isValidZone(text)) return null;
  // Intl returns the canonical spelling, so "america/new_york" is stored as America/New_York.
  return new Intl.DateTimeFormat('en-US', { timeZone: text }).resolvedOptions().timeZone;
}

/**
 * Names a zone the short way US staff read it ("ET", "PT"), or by its IANA name where the short
 * generic name is a long phrase ("Central European Time").
 */
export function zoneLabel(zone: string, at: Date): string {
  const generic = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'shortGeneric' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value;
  return generic !== undefined && /^[A-Z]{2,5}$/.test(generic) ? generic : zone;
}
