// Chooses the intent of a command from its words, the units it names and whether it names
// anyone. The checks run from the most specific intent to the least.
import type { Intent, UpcomingKind } from './types.js';
import * as cues from './intent-cues.js';

export interface IntentClues {
  /** Lower-case command with contacts masked. */
  plain: string;
  /** Lower-case command with contacts, dates and units masked. */
  masked: string;
  hasPeople: boolean;
  hasDate: boolean;
  /** For each unit phrase, the lower-case text before it. */
  unitLeads: string[];
}

export interface IntentChoice {
  intent: Intent;
  kind: UpcomingKind | null;
}

function isTransfer(clues: IntentClues): boolean {
  if (cues.TRANSFER_VERB.test(clues.masked)) {
    return true;
  }
  const fromCount = clues.unitLeads.filter((lead) => cues.FROM_WORD.test(lead)).length;
  const toCount = clues.unitLeads.filter((lead) => cues.TO_WORD.test(lead)).length;
  if (clues.unitLeads.length < 2 || toCount < 1) {
    return false;
  }
  // "move the Hudson 201 resident to Hudson 202": a plain "move" from one unit to another.
  const [firstLead = '', secondLead = ''] = clues.unitLeads;
  const plainMove =
    cues.PLAIN_MOVE.test(clues.masked) &&
    !cues.TO_WORD.test(firstLead) &&
    cues.TO_WORD.test(secondLead) &&
    !cues.MOVE_IN_STRONG.test(clues.masked) &&
    !cues.MOVE_OUT_STRONG.test(clues.masked);
  return fromCount >= 1 || plainMove;
}

function isReschedule(clues: IntentClues): boolean {
  const verb = cues.RESCHEDULE_VERB.test(clues.masked);
  const noun = cues.DATE_NOUN.test(clues.masked);
  // "instead" with a unit ("to 2B instead") changes the unit, which no intent covers.
  const replaced =
    cues.REPLACED_DATE.test(clues.masked) &&
    clues.hasPeople &&
    clues.hasDate &&
    clues.unitLeads.length === 0;
  return (verb && (clues.hasDate || noun)) || cues.DATE_NOUN_CHANGE.test(clues.masked) || replaced;
}

function upcomingKind(masked: string): UpcomingKind {
  if (cues.KIND_BOTH.test(masked)) {
    return 'both';
  }
  const moveIn = cues.KIND_IN.test(masked);
  const moveOut = cues.KIND_OUT.test(masked);
  if (moveIn && !moveOut) {
    return 'move_in';
  }
  if (moveOut && !moveIn) {
    return 'move_out';
  }
  return 'both';
}

function residentIntent(masked: string): Intent | null {
  const moveOut = cues.MOVE_OUT_STRONG.exec(masked);
  const moveIn = cues.MOVE_IN_STRONG.exec(masked);
  // "move in Jane Doe …; move-out July 4": the first strong cue names the action.
  if (moveOut !== null && (moveIn === null || moveOut.index < moveIn.index)) {
    return 'move_out';
  }
  if (moveIn !== null) {
    return 'move_in';
  }
  if (cues.MOVE_OUT_WEAK.test(masked)) {
    return 'move_out';
  }
  return cues.MOVE_IN_WEAK.test(masked) ? 'move_in' : null;
}

export function detectIntent(clues: IntentClues): IntentChoice {
  const { masked, plain } = clues;
  const choose = (intent: Intent): IntentChoice => ({ intent, kind: null });

  const digest =
    cues.DIGEST.test(plain) || (cues.RECURRING.test(plain) && cues.POST_VERB.test(plain));
  if (digest) {
    return choose(cues.STOP_DIGEST.test(plain) ? 'digest_unsubscribe' : 'digest_subscribe');
  }
  const namesNothing = !clues.hasPeople && !clues.hasDate && clues.unitLeads.length === 0;
  if (namesNothing && cues.HELP_QUESTION.test(plain)) {
    return choose('help');
  }
  if (cues.PURGE.test(masked)) {
    return choose('purge');
  }
  if (isTransfer(clues)) {
    return choose('transfer');
  }
  if (isReschedule(clues)) {
    return choose('reschedule');
  }
  if (!clues.hasPeople && cues.UPCOMING.test(masked)) {
    return { intent: 'upcoming', kind: upcomingKind(masked) };
  }
  const resident = residentIntent(masked);
  if (resident !== null) {
    return choose(resident);
  }
  if (cues.LOOKUP.test(masked)) {
    return choose('lookup');
  }
  if (cues.HELP.test(plain)) {
    return choose('help');
  }
  return choose('unknown');
}
