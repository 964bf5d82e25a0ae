import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where console and web playground files are written; the playground serves them from here. */
export const BULK_FILES_DIRECTORY = join(tmpdir(), 'frontdesk-bulk');

/** The playground's URL path of a saved file, which `adapters/web` serves as a download. */
export const WEB_FILES_PATH = '/files/';

/**
 * Writes `content` as `name` under `directory` and returns its path. The rows carry residents'
 * names and contacts, so only this user may read the folder and the file.
 */
export async function writeBulkFile(
  name: string,
  content: string,
  directory = BULK_FILES_DIRECTORY,
): Promise<string> {
  await mkdir(directory, { recursive: true, mode: 0o700 });
  const path = join(directory, name);
  await writeFile(path, content, { mode: 0o600 });
  return path;
}
