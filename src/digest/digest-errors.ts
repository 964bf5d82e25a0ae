import { FrontdeskError } from '../errors.js';

/** A digest names a site that the ElevenOS account no longer reaches. */
export class DigestSiteNotFoundError extends FrontdeskError {
  readonly siteId: string;

  constructor(siteId: string) {
    super(
      'DIGEST_SITE_NOT_FOUND',
      `Site ${siteId} of a digest is not visible to Frontdesk's ElevenOS account. Choose the digest's sites again with "digest for <site>".`,
    );
    this.siteId = siteId;
  }
}

/**
 * Returns a short code for a failure that is safe to log and show: a Frontdesk error code, or an
 * SDK's code with the platform's error word (such as Slack's "not_in_channel"), or the error's
 * class name. Message text is left out because an SDK may quote the request.
 */
export function failureCode(error: unknown): string {
  if (error instanceof FrontdeskError) {
    // Some platform errors give the reason as a fixed word, such as Teams' "no_reference".
    const reason = (error as { reason?: unknown }).reason;
    return typeof reason === 'string' ? `${error.code}: ${reason}` : error.code;
  }
  if (typeof error !== 'object' || error === null) return 'unknown';
  const { code, data, name } = error as {
    code?: unknown;
    data?: { error?: unknown };
    name?: unknown;
  };
  if (typeof code === 'string') {
    return typeof data?.error === 'string' ? `${code}: ${data.error}` : code;
  }
  return typeof name === 'string' ? name : 'unknown';
}
