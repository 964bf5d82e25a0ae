import { findContacts } from '../parse/find-contacts.js';
import type { ParsedCommand, PersonMention, UnitResolution } from '../parse/types.js';
import type { ProposalAction } from '../proposals/types.js';
import { yearWritten } from './guessed-year.js';

export type WriteIntent = 'move_in' | 'move_out' | 'purge' | 'reschedule' | 'transfer';

/**
 * A write command being completed through questions. Every answer fills one field, and the
 * draft is checked again from the top until it becomes a proposal.
 */
export interface Draft {
  intent: WriteIntent;
  siteId: string;
  people: PersonMention[];
  unit: UnitResolution | null;
  toUnit: UnitResolution | null;
  startDate: string | null;
  endDate: string | null;
  /** Move-out: end service now through terminate instead of setting a date. */
  endNow: boolean;
  /** The existing resident a move-out, purge, reschedule or transfer acts on. */
  residentId: string | null;
  /** A misspelt building the parser corrected ("Hudsen"), asked about before it is used. */
  unitTypo?: string | null;
  /** What the parser could not read, such as "June 31 is not a date", told with the question. */
  notes?: string[];
  /**
   * An email or phone written without a name ("move in jane@example.com to …"), given to the
   * person named in the answer to "Who is moving in?" unless that answer has its own.
   */
  contacts?: { email: string | null; phone: string | null };
  /**
   * The name of a move-in that staff chose to add as a new resident although a resident of the
   * site has it, so the question is not asked again for that name.
   */
  newResidentName?: string | null;
  /** True when the start date was written without a year, so the parser chose the year. */
  startYearGuessed?: boolean;
  /** True when the end date was written without a year, so the parser chose the year. */
  endYearGuessed?: boolean;
}

/** Returns the first email and phone in `text`, for a command that names no person. */
export function strayContacts(text: string): Draft['contacts'] {
  const contacts = findContacts(text);
  return {
    email: contacts.find((contact) => contact.kind === 'email')?.value ?? null,
    phone: contacts.find((contact) => contact.kind === 'phone')?.value ?? null,
  };
}

/** Rebuilds the draft behind a proposal, so Edit can change one field and propose again. */
export function draftFromAction(action: ProposalAction, siteId: string): Draft {
  const base: Draft = {
    intent: action.type,
    siteId,
    people: [],
    unit: null,
    toUnit: null,
    startDate: null,
    endDate: null,
    endNow: false,
    residentId: null,
  };
  switch (action.type) {
    case 'move_in':
      return {
        ...base,
        people: [action.resident],
        newResidentName: `${action.resident.firstName} ${action.resident.lastName}`,
        unit: { status: 'resolved', ...action.unit },
        startDate: action.startDate,
        endDate: action.endDate,
      };
    case 'move_out':
      return {
        ...base,
        residentId: action.residentId,
        endDate: action.endDate,
        endNow: action.endDate === null,
      };
    case 'purge':
      return { ...base, residentId: action.residentId };
    case 'reschedule':
      return {
        ...base,
        residentId: action.residentId,
        startDate: action.startDate,
        endDate: action.endDate,
      };
    case 'transfer':
      return {
        ...base,
        residentId: action.residentId,
        toUnit: { status: 'resolved', ...action.toUnit },
        startDate: action.date,
      };
  }
}

export function isWriteIntent(intent: string): intent is WriteIntent {
  return ['move_in', 'move_out', 'purge', 'reschedule', 'transfer'].includes(intent);
}

/**
 * Starts a draft from a parsed command. `text` is the message, read to tell whether each date's
 * year was written or chosen by the parser.
 */
export function draftFromParse(
  parsed: ParsedCommand & { intent: WriteIntent },
  siteId: string,
  text?: string,
): Draft {
  const guessed = (date: string | null) =>
    text !== undefined && date !== null && !yearWritten(text, date);
  return {
    intent: parsed.intent,
    siteId,
    people: parsed.people,
    unit: parsed.unit,
    toUnit: parsed.toUnit,
    startDate: parsed.startDate,
    endDate: parsed.endDate,
    endNow: false,
    residentId: null,
    startYearGuessed: guessed(parsed.startDate),
    endYearGuessed: guessed(parsed.endDate),
  };
}

/** What a question expects back, which decides how a free-text answer is read. */
export type AnswerKind =
  | 'name'
  | 'unit'
  | 'to_unit'
  | 'start_date'
  | 'end_date'
  | 'person'
  | 'resident'
  | 'start_today'
  | 'end_now'
  | 'edit'
  | 'site'
  | 'name_part'
  | 'choice';

export interface Choice {
  label: string;
  /** A JSON patch applied to the draft when this choice is picked. */
  patch: Partial<Draft>;
}

export interface Question {
  text: string;
  expects: AnswerKind;
  choices: Choice[];
}
