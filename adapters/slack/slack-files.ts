/** The fields of a file in a Slack message event that an import reads. */
export interface SlackFile {
  id: string;
  name: string;
  /** Bytes, as Slack reports them; null when the event leaves it out. */
  size: number | null;
  filetype: string | undefined;
  mimetype: string | undefined;
  /** `url_private_download`, else `url_private`; absent for Slack Connect files not yet shared. */
  downloadUrl: string | undefined;
}

const CSV_MIME_TYPES = new Set(['text/csv', 'application/csv', 'text/comma-separated-values']);

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Reads the `files` of a message or app_mention event; entries without an id are dropped. */
export function slackFilesOf(event: unknown): SlackFile[] {
  const files = (event as { files?: unknown } | null)?.files;
  if (!Array.isArray(files)) return [];
  return files.flatMap((entry: unknown): SlackFile[] => {
    if (typeof entry !== 'object' || entry === null) return [];
    const file = entry as Record<string, unknown>;
    const id = text(file.id);
    if (id === undefined) return [];
    return [
      {
        id,
        name: text(file.name) ?? text(file.title) ?? id,
        size: typeof file.size === 'number' ? file.size : null,
        filetype: text(file.filetype),
        mimetype: text(file.mimetype),
        downloadUrl: text(file.url_private_download) ?? text(file.url_private),
      },
    ];
  });
}

/**
 * True for a CSV by Slack's file type, its MIME type or its name. Excel on Windows labels CSV
 * files application/vnd.ms-excel, so the name alone is enough.
 */
export function isCsvFile(file: SlackFile): boolean {
  return (
    file.filetype === 'csv' ||
    (file.mimetype !== undefined && CSV_MIME_TYPES.has(file.mimetype.split(';')[0]!.trim())) ||
    /\.csv$/i.test(file.name)
  );
}
