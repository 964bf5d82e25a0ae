import { ROUTES } from './contract.js';
import type { ElevenOsError } from './errors.js';

/** The staff request that failed. It picks the opening words of the sentence. */
export type StaffAction = 'schedule' | 'change' | 'move-out' | 'purge' | 'import' | 'bulk' | 'read';

export interface DescribeContext {
  siteName: string;
  /** Defaults to the action of the failed route. */
  action?: StaffAction;
  /** The email sent with a new resident. Shown on the card for a conflict; never logged. */
  email?: string | null;
}

const NOT_DONE: Record<StaffAction, string> = {
  schedule: 'Not scheduled',
  change: 'Not changed',
  'move-out': 'Not moved out',
  purge: 'Not purged',
  import: 'Import not started',
  bulk: 'Not started',
  read: 'Could not look that up',
};

/** Returns the sentence staff see when an ElevenOS call fails, in plain words. */
export function describeElevenOsError(error: ElevenOsError, context: DescribeContext): string {
  const action = context.action ?? actionOf(error);
  const changes = action !== 'read';
  if (changes && error.outcome === 'unknown') {
    return describeUnknownOutcome(error);
  }
  const lookup = changes ? null : describeFailedLookup(error);
  if (lookup !== null) {
    return lookup;
  }
  const nothingChanged = changes ? '; nothing was changed' : '';

  switch (error.code) {
    case 'ELEVENOS_CONFLICT': {
      const contact = context.email ? context.email : 'this email';
      return `${NOT_DONE[action]}: ${context.siteName} already has a resident with ${contact}.`;
    }
    case 'ELEVENOS_VALIDATION':
      return `ElevenOS rejected the details: ${plainApiMessage(error.apiMessage, 'check the unit and the dates')}.`;
    case 'ELEVENOS_BAD_REQUEST':
      return `${NOT_DONE[action]}: ElevenOS could not accept the request (${plainApiMessage(error.apiMessage, 'a field was missing or malformed')}). Ask your Frontdesk admin to check the setup.`;
    case 'ELEVENOS_ACCESS_DENIED':
      return `ElevenOS refused: Frontdesk's service account may not manage residents at ${context.siteName}. A Site Manager admin can grant it access.`;
    case 'ELEVENOS_NOT_FOUND':
      return error.pathTemplate.includes('{residentId}')
        ? 'That resident no longer exists in ElevenOS; someone may have purged it.'
        : `ElevenOS no longer knows the site ${context.siteName}; a Site Manager admin may have moved or removed it.`;
    case 'ELEVENOS_SERVER_ERROR':
      return `ElevenOS had a problem${nothingChanged}. Try again.`;
    case 'ELEVENOS_UNAVAILABLE':
      return `ElevenOS is not available right now${nothingChanged}. Try again ${retryHint(error.retryAfterMs)}.`;
    case 'ELEVENOS_TIMEOUT':
      return `ElevenOS did not answer in time${nothingChanged}. Try again.`;
    case 'ELEVENOS_UNREACHABLE':
      return `Frontdesk could not reach ElevenOS${nothingChanged}. Try again in a few minutes; if it keeps happening, ask your Frontdesk admin to check the connection.`;
    default:
      return `ElevenOS sent an answer Frontdesk did not understand${nothingChanged}. Ask your Frontdesk admin to check the logs.`;
  }
}

const ROUTE_ACTIONS: Record<string, StaffAction> = {
  [ROUTES.addResident.template]: 'schedule',
  [ROUTES.updateResident.template]: 'change',
  [ROUTES.terminateResident.template]: 'move-out',
  [ROUTES.purgeResident.template]: 'purge',
  [ROUTES.importResidents.template]: 'import',
  [ROUTES.bulkAction.template]: 'bulk',
};

function actionOf(error: ElevenOsError): StaffAction {
  return error.method === 'GET' ? 'read' : (ROUTE_ACTIONS[error.pathTemplate] ?? 'change');
}

function describeUnknownOutcome(error: ElevenOsError): string {
  const cause =
    error.code === 'ELEVENOS_TIMEOUT'
      ? 'ElevenOS did not answer in time'
      : 'ElevenOS had a problem while answering';
  return `${cause}; Frontdesk could not confirm whether the change was made. Check the resident before trying again.`;
}

const PASSING_CAUSES: Partial<Record<ElevenOsError['code'], string>> = {
  ELEVENOS_SERVER_ERROR: 'ElevenOS had a problem',
  ELEVENOS_UNAVAILABLE: 'ElevenOS is not available right now',
  ELEVENOS_TIMEOUT: 'ElevenOS did not answer in time',
  ELEVENOS_UNREACHABLE: 'Frontdesk could not reach ElevenOS',
};

// The chat adapters count an answered message as handled, so nothing sends it again by itself:
// the reply asks the user to.
function describeFailedLookup(error: ElevenOsError): string | null {
  const cause = PASSING_CAUSES[error.code];
  if (cause === undefined) {
    return null;
  }
  return `Could not look that up: ${cause}, and nothing was changed. Send the same message again ${retryHint(error.retryAfterMs)}.`;
}

// API words that staff do not use, with the words they do.
const PLAIN_WORDS: [RegExp, string][] = [
  [/\b(?:the )?(?:site'?s? )?PAN mappings?\b/gi, "this site's unit list"],
  [/\bthe site mappings\b/gi, "this site's unit list"],
  [/\bActivationDate(?:UTC)?\b/g, 'the move-in date'],
  [/\bDeactivationDate(?:UTC)?\b/g, 'the move-out date'],
  [/\bResidentId\b/g, 'the resident'],
];

/** Rewrites the API's message in staff words, or gives `fallback` when there is none. */
export function plainApiMessage(apiMessage: string | null, fallback: string): string {
  if (apiMessage === null || apiMessage.trim() === '') {
    return fallback;
  }
  let message = apiMessage.trim().replace(/[.\s]+$/, '');
  for (const [pattern, words] of PLAIN_WORDS) {
    message = message.replace(pattern, words);
  }
  return message;
}

function retryHint(retryAfterMs: number | null): string {
  if (retryAfterMs === null || retryAfterMs < 60_000) {
    return 'in a minute';
  }
  return `in about ${Math.ceil(retryAfterMs / 60_000)} minutes`;
}
