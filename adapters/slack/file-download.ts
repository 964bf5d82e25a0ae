import { MAX_IMPORT_BYTES } from '../../src/limits.js';
import { downloadCsv, FileDownloadError } from '../../src/bulk/messages/download-csv.js';
import type { SlackFile } from './slack-files.js';

/** Slack's file host; `url_private_download` links point here. */
export const SLACK_FILES_ORIGIN = 'https://files.slack.com';

/** How long one file download may take, headers and body. */
export const SLACK_DOWNLOAD_TIMEOUT_MS = 30_000;

export interface SlackFileAccess {
  botToken: string;
  /** The one origin the bot token is sent to; SLACK_FILES_ORIGIN unless configured. */
  filesOrigin: string;
  fetch: typeof globalThis.fetch;
  timeoutMs: number;
}

/** Returns the origin of a URL, or null for text that is not an absolute URL. */
export function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/**
 * Downloads a file shared in Slack with the bot token. The token goes only to `filesOrigin`: a
 * link anywhere else throws FileDownloadError `blocked_origin` before any request, and redirects
 * are not followed.
 */
export async function downloadSlackFile(file: SlackFile, access: SlackFileAccess): Promise<string> {
  if (file.downloadUrl === undefined) {
    throw new FileDownloadError('no_link', 'Slack did not include a download link for it.');
  }
  if (originOf(file.downloadUrl) !== originOf(access.filesOrigin)) {
    throw new FileDownloadError('blocked_origin', 'The download link is not on Slack’s file host.');
  }

  return downloadCsv(file.downloadUrl, {
    fetch: access.fetch,
    headers: { authorization: `Bearer ${access.botToken}` },
    timeoutMs: access.timeoutMs,
    maxBytes: MAX_IMPORT_BYTES,
    followRedirects: false,
  });
}
