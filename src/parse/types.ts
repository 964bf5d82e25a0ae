// The shape of a parsed staff command. `frontdesk parse` prints exactly this as JSON, and the
// proposal flow consumes it.
import type { UnitMapping } from '../elevenos/types.js';

export const INTENTS = [
  'move_in',
  'move_out',
  'purge',
  'reschedule',
  'transfer',
  'lookup',
  'upcoming',
  'digest_subscribe',
  'digest_unsubscribe',
  'help',
  'unknown',
] as const;

export type Intent = (typeof INTENTS)[number];

export interface PersonMention {
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
}

/** A unit that exists in the site's mappings. */
export interface UnitRef {
  building: string | null;
  floor: string | null;
  unit: string | null;
}

export type UnitResolution =
  | ({ status: 'resolved' } & UnitRef)
  | { status: 'ambiguous'; text: string; candidates: UnitRef[] }
  | { status: 'not_found'; text: string; suggestions: UnitRef[] };

/** Inclusive range of site-local dates, `YYYY-MM-DD`. */
export interface DateWindow {
  from: string;
  to: string;
}

export type UpcomingKind = 'move_in' | 'move_out' | 'both';

export interface ParsedCommand {
  intent: Intent;
  people: PersonMention[];
  unit: UnitResolution | null;
  toUnit: UnitResolution | null;
  /** Site-local calendar dates, `YYYY-MM-DD`. */
  startDate: string | null;
  endDate: string | null;
  window: DateWindow | null;
  kind: UpcomingKind | null;
  /** Plain-words notes for staff, such as "June 31 is not a date". */
  problems: string[];
}

/** Month/day order for numeric dates such as 4/5. */
export type DateOrder = 'month-first' | 'day-first';

export interface ParseContext {
  /** The current instant. */
  now: Date;
  /** The site's IANA zone: every date is a calendar date in this zone. */
  zone: string;
  mappings: UnitMapping[];
  dateOrder?: DateOrder;
}
