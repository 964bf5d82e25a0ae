import type { ErrorCode } from '../../src/errors.js';
import { describeElevenOsError, plainApiMessage } from '../../src/elevenos/describe-error.js';
import { ElevenOsError } from '../../src/elevenos/errors.js';
import type { CallOutcome } from '../../src/elevenos/errors.js';

const ADD_PATH = '/team/{teamId}/site/{siteId}/resident';
const RESIDENT_PATH = '/team/{teamId}/site/{siteId}/resident/{residentId}';

function error(
  code: ErrorCode,
  overrides: Partial<{
    status: number | null;
    outcome: CallOutcome;
    apiMessage: string | null;
    pathTemplate: string;
    retryAfterMs: number | null;
  }> = {},
): ElevenOsError {
  return new ElevenOsError('technical message', {
    code,
    status: 400,
    method: 'POST',
    pathTemplate: ADD_PATH,
    outcome: 'not_applied',
    ...overrides,
  });
}

const site = { siteName: 'Hudson Yards', action: 'schedule' as const };

describe('describeElevenOsError', () => {
  it('names the site for a conflict', () => {
    expect(describeElevenOsError(error('ELEVENOS_CONFLICT'), site)).toBe(
      'Not scheduled: Hudson Yards already has a resident with this email.',
    );
  });

  it('shows the email for a conflict when given', () => {
    const context = { ...site, email: 'tess@example.com' };

    expect(describeElevenOsError(error('ELEVENOS_CONFLICT'), context)).toBe(
      'Not scheduled: Hudson Yards already has a resident with tess@example.com.',
    );
  });

  it('rewrites a validation message in staff words', () => {
    const rejected = error('ELEVENOS_VALIDATION', {
      apiMessage: 'ActivationDateUTC must come before DeactivationDateUTC.',
    });

    expect(describeElevenOsError(rejected, site)).toBe(
      'ElevenOS rejected the details: the move-in date must come before the move-out date.',
    );
  });

  it('falls back when a validation error has no message', () => {
    expect(describeElevenOsError(error('ELEVENOS_VALIDATION'), site)).toBe(
      'ElevenOS rejected the details: check the unit and the dates.',
    );
  });

  it('explains a refusal and who can fix it', () => {
    expect(describeElevenOsError(error('ELEVENOS_ACCESS_DENIED'), site)).toBe(
      "ElevenOS refused: Frontdesk's service account may not manage residents at Hudson Yards. A Site Manager admin can grant it access.",
    );
  });

  it('says a missing resident may have been purged', () => {
    const missing = error('ELEVENOS_NOT_FOUND', { pathTemplate: RESIDENT_PATH });

    expect(describeElevenOsError(missing, site)).toBe(
      'That resident no longer exists in ElevenOS; someone may have purged it.',
    );
  });

  it('says a missing site is missing', () => {
    expect(describeElevenOsError(error('ELEVENOS_NOT_FOUND'), site)).toMatch(
      /no longer knows the site Hudson Yards/,
    );
  });

  it('says nothing changed after a server error', () => {
    expect(describeElevenOsError(error('ELEVENOS_SERVER_ERROR', { status: 500 }), site)).toBe(
      'ElevenOS had a problem; nothing was changed. Try again.',
    );
  });

  it('says the outcome is unknown after a timeout', () => {
    const timedOut = error('ELEVENOS_TIMEOUT', { status: null, outcome: 'unknown' });

    expect(describeElevenOsError(timedOut, site)).toBe(
      'ElevenOS did not answer in time; Frontdesk could not confirm whether the change was made. Check the resident before trying again.',
    );
  });

  it('says the outcome is unknown after a server error it could not settle', () => {
    const unsettled = error('ELEVENOS_SERVER_ERROR', { status: 500, outcome: 'unknown' });

    expect(describeElevenOsError(unsettled, site)).toMatch(/could not confirm whether the change/);
  });

  it('tells an unreachable API apart from an unavailable one', () => {
    const unreachable = describeElevenOsError(
      error('ELEVENOS_UNREACHABLE', { status: null }),
      site,
    );
    const unavailable = describeElevenOsError(error('ELEVENOS_UNAVAILABLE', { status: 503 }), site);

    expect(unreachable).toMatch(/^Frontdesk could not reach ElevenOS; nothing was changed/);
    expect(unavailable).toMatch(/^ElevenOS is not available right now; nothing was changed/);
  });

  it('turns a long Retry-After into minutes', () => {
    const busy = error('ELEVENOS_UNAVAILABLE', { status: 429, retryAfterMs: 300_000 });

    expect(describeElevenOsError(busy, site)).toMatch(/Try again in about 5 minutes\.$/);
  });

  it('asks for the message again after a failed lookup', () => {
    const context = { siteName: 'Hudson Yards', action: 'read' as const };

    expect(describeElevenOsError(error('ELEVENOS_SERVER_ERROR'), context)).toBe(
      'Could not look that up: ElevenOS had a problem, and nothing was changed. Send the same message again in a minute.',
    );
  });

  it.each([
    'ELEVENOS_BAD_REQUEST',
    'ELEVENOS_ACCESS_DENIED',
    'ELEVENOS_NOT_FOUND',
    'ELEVENOS_VALIDATION',
    'ELEVENOS_CONFLICT',
    'ELEVENOS_SERVER_ERROR',
    'ELEVENOS_UNAVAILABLE',
    'ELEVENOS_UNREACHABLE',
    'ELEVENOS_TIMEOUT',
    'ELEVENOS_UNEXPECTED_RESPONSE',
  ] as const)('describes %s without HTTP jargon', (code) => {
    const sentence = describeElevenOsError(error(code, { status: 503 }), site);

    expect(sentence).not.toMatch(/\b(HTTP|[45]\d\d|status|technical message)\b/);
    expect(sentence).toMatch(/[.]$/);
  });
});

describe('plainApiMessage', () => {
  it('replaces mapping jargon', () => {
    expect(plainApiMessage('Unit 9 is not in the PAN mappings', '')).toBe(
      "Unit 9 is not in this site's unit list",
    );
  });

  it('uses the fallback for an empty message', () => {
    expect(plainApiMessage('  ', 'check the dates')).toBe('check the dates');
  });
});

describe('describeElevenOsError without an action', () => {
  it('takes the action from the failed route', () => {
    const conflict = error('ELEVENOS_CONFLICT');
    const purge = error('ELEVENOS_SERVER_ERROR', {
      pathTemplate: `${RESIDENT_PATH}/terminate-and-purge`,
    });

    expect(describeElevenOsError(conflict, { siteName: 'Hudson Yards' })).toMatch(
      /^Not scheduled:/,
    );
    expect(describeElevenOsError(purge, { siteName: 'Hudson Yards' })).toBe(
      'ElevenOS had a problem; nothing was changed. Try again.',
    );
  });

  it('treats a failed read as a lookup', () => {
    const read = new ElevenOsError('technical message', {
      code: 'ELEVENOS_TIMEOUT',
      status: null,
      method: 'GET',
      pathTemplate: '/team/{teamId}/site/{siteId}/residents',
      outcome: 'not_applied',
    });

    expect(describeElevenOsError(read, { siteName: 'Hudson Yards' })).toBe(
      'Could not look that up: ElevenOS did not answer in time, and nothing was changed. Send the same message again in a minute.',
    );
  });
});
