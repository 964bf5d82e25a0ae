// Streams an import file through csv-parse: UTF-8 with or without a byte order mark, quoted
// fields (line breaks inside quotes included), blank lines skipped, and the delimiter (comma,
// semicolon or tab) taken from the header line.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';

import { CsvError, parse } from 'csv-parse';

import { importTooLargeReason } from '../../limits.js';
import { BulkFileError } from '../errors.js';

/** An import file on disk, or its text (a download, a test). */
export type CsvSource = { path: string } | { text: string };

export interface CsvRecord {
  /** Line of the file where the record ends, for file-level errors. */
  line: number;
  cells: string[];
}

const HEAD_BYTES = 64 * 1024;
// A resident row is well under a kilobyte; a longer record means the file is not an import, and
// the limit keeps csv-parse from buffering a whole file that has no line breaks.
const MAX_RECORD_BYTES = 64 * 1024;
const DELIMITERS = [',', ';', '\t'] as const;

/** Yields the file's records in order, the header first; throws BulkFileError for unreadable files. */
export async function* readCsvRecords(source: CsvSource): AsyncGenerator<CsvRecord> {
  const head = await readHead(source);
  if (isUtf16(head)) {
    throw new BulkFileError(
      'The file is saved as UTF-16 text. Save it as "CSV UTF-8" and share it again.',
    );
  }
  if (isBinary(head)) {
    throw new BulkFileError(
      'The file is not CSV text (it holds binary data, as a spreadsheet or an archive does). Save it as "CSV UTF-8" and share it again.',
    );
  }
  const parser = parse({
    bom: true,
    delimiter: detectDelimiter(head.toString('utf8')),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_empty_values: true,
    info: true,
    max_record_size: MAX_RECORD_BYTES,
  });
  const input = 'path' in source ? createReadStream(source.path) : Readable.from([source.text]);
  input.on('error', (error: Error) => parser.destroy(error));
  try {
    for await (const item of input.pipe(parser)) {
      const { record, info } = item as { record: string[]; info: { lines: number } };
      yield { line: info.lines, cells: record };
    }
  } catch (error) {
    throw asFileError(error);
  } finally {
    input.destroy();
  }
}

/**
 * True for bytes that are no text at all: a NUL byte (an .xlsx is a zip and holds many), or a
 * third of the characters failing to decode. A few Latin-1 accents stay rows marked undecodable.
 */
function isBinary(head: Buffer): boolean {
  if (head.includes(0)) return true;
  const text = head.toString('utf8');
  const undecodable = text.split('\uFFFD').length - 1;
  return text.length > 0 && undecodable / text.length > 1 / 3;
}

/** Reads the first bytes, after rejecting a file over MAX_IMPORT_BYTES without reading it. */
async function readHead(source: CsvSource): Promise<Buffer> {
  if ('text' in source) {
    rejectOversized(Buffer.byteLength(source.text, 'utf8'));
    return Buffer.from(source.text.slice(0, HEAD_BYTES), 'utf8');
  }
  let handle;
  try {
    handle = await open(source.path, 'r');
  } catch (error) {
    throw asFileError(error);
  }
  try {
    rejectOversized((await handle.stat()).size);
    const buffer = Buffer.alloc(HEAD_BYTES);
    // Opening a folder succeeds on Linux; reading it fails with EISDIR, which asFileError explains.
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } catch (error) {
    throw asFileError(error);
  } finally {
    await handle.close();
  }
}

function rejectOversized(bytes: number): void {
  const reason = importTooLargeReason(bytes);
  if (reason !== null) throw new BulkFileError(reason);
}

function isUtf16(head: Buffer): boolean {
  return (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
}

/** Picks the delimiter that occurs most often outside quotes in the first line; comma on a tie. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((each) => [each, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best: string = ',';
  for (const [delimiter, count] of counts) if (count > counts.get(best)!) best = delimiter;
  return best;
}

function asFileError(error: unknown): Error {
  if (error instanceof BulkFileError) return error;
  if (error instanceof CsvError) {
    const line = (error as CsvError & { lines?: number }).lines;
    const where = line === undefined ? '' : ` near line ${line}`;
    const what =
      error.code === 'CSV_QUOTE_NOT_CLOSED'
        ? 'a quoted field is never closed'
        : error.code === 'CSV_MAX_RECORD_SIZE'
          ? 'a row is longer than 64 KB, so this is not a file of residents'
          : 'the file is not valid CSV';
    return new BulkFileError(`Could not read the file${where}: ${what}.`, { cause: error });
  }
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT')
    return new BulkFileError('There is no file at that path.', { cause: error });
  if (code === 'EISDIR')
    return new BulkFileError('That path is a folder, not a file.', { cause: error });
  if (code === 'EACCES') {
    return new BulkFileError('Frontdesk may not read that file.', { cause: error });
  }
  return error instanceof Error ? error : new Error(String(error));
}
