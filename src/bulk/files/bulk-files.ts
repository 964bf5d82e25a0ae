import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { ConversationAddress } from '../../bot/replies.js';

/** The destination of problems.csv and failures.csv, per platform. */
export interface BulkFiles {
  /**
   * Saves a CSV for the staff of a conversation and returns where they find it, or null when
   * their platform cannot take a file this way (the caller then lists the rows in the chat).
   */
  save(address: ConversationAddress, name: string, csv: string): Promise<string | null>;
}

/** Where console and web playground files are written; the playground serves them from here. */
export const BULK_FILES_DIRECTORY = join(tmpdir(), 'frontdesk-bulk');

/** The playground's URL path of a saved file, which `adapters/web` serves as a download. */
export const WEB_FILES_PATH = '/files/';

/**
 * Writes console and web playground files under `directory` and returns a path (console) or
 * the playground's URL path (web). Other platforms get null.
 */
export function createBulkFiles(directory = BULK_FILES_DIRECTORY): BulkFiles {
  return {
    async save(address, name, csv) {
      // TODO: Slack (files.uploadV2) and Teams cannot receive these files until the core has a
      // file reply. Until then, the cards list the first rows instead.
      if (address.platform !== 'console' && address.platform !== 'web') return null;
      await mkdir(directory, { recursive: true, mode: 0o700 });
      const path = join(directory, name);
      // The rows carry residents' names and contacts, so only this user may read the file.
      await writeFile(path, csv, { mode: 0o600 });
      return address.platform === 'web' ? `${WEB_FILES_PATH}${name}` : path;
    },
  };
}
