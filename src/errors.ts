// Every stable error code Frontdesk raises. Callers branch on `code` or the class, never on
// message text, and messages never hold a resident's name, email, phone or any secret.

export const ERROR_CODES = [
  'CONFIG_INVALID',
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
  'PROPOSAL_NOT_FOUND',
  'STORE_FAILED',
  'SLACK_DELIVERY_FAILED',
  'SLACK_AUTH_FAILED',
  'TEAMS_DELIVERY_FAILED',
  'TEAMS_AUTH_FAILED',
  'BULK_FILE_INVALID',
  'BULK_LEASE_LOST',
  'FILE_DOWNLOAD_FAILED',
  'DIGEST_SITE_NOT_FOUND',
  'WEB_REQUEST_REJECTED',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Base of every error Frontdesk raises on purpose. */
export class FrontdeskError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

export class ConfigError extends FrontdeskError {
  /** One line per missing or invalid variable, each naming the variable. */
  readonly problems: string[];

  constructor(problems: string[]) {
    super('CONFIG_INVALID', `Invalid configuration:\n  ${problems.join('\n  ')}`);
    this.problems = problems;
  }
}
