import { isIP } from 'node:net';

import { downloadCsv, FileDownloadError } from '../../src/bulk/messages/download-csv.js';
import { MAX_IMPORT_BYTES } from '../../src/limits.js';
import type { TeamsActivity } from './teams-connection.js';

/** The attachment Teams adds for a file a user attaches in a personal chat with the bot. */
export const FILE_DOWNLOAD_INFO = 'application/vnd.microsoft.teams.file.download.info';

/** How long one attachment's download may take, headers and body. */
export const TEAMS_DOWNLOAD_TIMEOUT_MS = 30_000;

/** A file attached to a Teams message. */
export interface TeamsFile {
  name: string;
  /** The extension Teams reports, such as "csv" or "xlsx". */
  fileType: string | undefined;
  /** A short-lived, pre-authorized link: a plain GET returns the bytes, no token needed. */
  downloadUrl: string;
}

export interface TeamsFileAccess {
  /** An http origin accepted besides https links; only tests set it. */
  testOrigin: string | undefined;
  fetch: typeof globalThis.fetch;
  timeoutMs: number;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * Reads the file.download.info attachments of a message. Other attachments, such as the
 * text/html copy of a channel message with inline images, are not files and are skipped.
 */
export function teamsFilesOf(activity: TeamsActivity): TeamsFile[] {
  const attachments = (activity as { attachments?: unknown }).attachments;
  if (!Array.isArray(attachments)) return [];
  return attachments.flatMap((entry: unknown): TeamsFile[] => {
    if (typeof entry !== 'object' || entry === null) return [];
    const attachment = entry as { contentType?: unknown; name?: unknown; content?: unknown };
    if (attachment.contentType !== FILE_DOWNLOAD_INFO) return [];
    const content = (attachment.content ?? {}) as { downloadUrl?: unknown; fileType?: unknown };
    const downloadUrl = text(content.downloadUrl);
    if (downloadUrl === undefined) return [];
    return [
      {
        name: text(attachment.name) ?? 'the attached file',
        fileType: text(content.fileType)?.toLowerCase(),
        downloadUrl,
      },
    ];
  });
}

export function isCsvAttachment(file: TeamsFile): boolean {
  return file.fileType === 'csv' || /\.csv$/i.test(file.name);
}

/**
 * True for a link Frontdesk may fetch: https to a host name, or the test origin. An IP address or
 * localhost is refused, so a crafted attachment cannot point the bot at its own network.
 */
export function isAllowedFileUrl(url: string, testOrigin: string | undefined): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (testOrigin !== undefined && parsed.origin === testOrigin) return true;
  if (parsed.protocol !== 'https:') return false;
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  // NOTE: a public host name that resolves to a private address is still fetched.
  return isIP(host) === 0 && host !== 'localhost' && !host.endsWith('.localhost');
}

/** Downloads an attachment; throws FileDownloadError for a refused link or a failed download. */
export async function downloadTeamsFile(file: TeamsFile, access: TeamsFileAccess): Promise<string> {
  if (!isAllowedFileUrl(file.downloadUrl, access.testOrigin)) {
    throw new FileDownloadError('blocked_origin', 'The download link is not an https link.');
  }
  return downloadCsv(file.downloadUrl, {
    fetch: access.fetch,
    timeoutMs: access.timeoutMs,
    maxBytes: MAX_IMPORT_BYTES,
    // A redirect could lead past the host check above, so it counts as a failed download.
    // NOTE: this assumes a pre-authorized link returns 200 itself. One that redirects fails.
    followRedirects: false,
  });
}
