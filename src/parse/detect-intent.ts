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
  return clues.unitLeads.length >= 2 && fromCount >= 1 && toCount >= 1;
}

function isReschedule(clues: IntentClues): boolean {
  const verb = cues.RESCHEDULE_VERB.test(clues.masked);
  const noun = cues.DATE_NOUN.test(clues.masked);
  return (verb && (clues.hasDate || noun)) || cues.DATE_NOUN_CHANGE.test(clues.masked);
}

function upcomingKind(masked: string): UpcomingKind {
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
  if (cues.MOVE_OUT_STRONG.test(masked)) {
    return 'move_out';
  }
  if (cues.MOVE_IN_STRONG.test(masked)) {
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
