import { randomUUID } from 'node:crypto';

import { text, type IncomingMessage, type Reply } from '../../src/bot/replies.js';
import type { Site } from '../../src/elevenos/types.js';
import { checkImportSource } from '../../src/bulk/check/check-import-source.js';
import { BulkFileError } from '../../src/bulk/errors.js';
import { createBulkFiles } from '../../src/bulk/files/bulk-files.js';
import type { BulkServices } from '../../src/bulk/messages/bulk-services.js';
import { previewCheckedImport } from '../../src/bulk/messages/import-command.js';
import { createBulkJobStore } from '../../src/bulk/store/job-store.js';
import { createBulkPendingStore } from '../../src/bulk/store/pending-store.js';
import type { Runtime } from '../../src/runtime.js';
import type { Logger } from '../../src/log.js';

export interface UploadImporterOptions {
  runtime: Pick<Runtime, 'client' | 'sites' | 'store'>;
  logger: Logger;
  dayFirstSites: readonly string[];
  previewTtlMs: number;
  now: () => Date;
}

/** Checks an uploaded CSV and returns the bulk import preview, the same card `import` shows. */
export type UploadImporter = (
  message: Pick<IncomingMessage, 'actor' | 'conversation'>,
  fileName: string,
  csv: string,
  site: Site | null,
) => Promise<Reply[]>;

/**
 * Builds the importer behind the upload control. It stores the checked rows as a bulk job in
 * preview, so the card's Send, Cancel and Problems CSV buttons reach the bulk extension through
 * the core like any other click, and nothing is sent before Send.
 */
export function createUploadImporter(options: UploadImporterOptions): UploadImporter {
  const { client, sites, store } = options.runtime;
  const services: BulkServices = {
    client,
    sites,
    jobs: createBulkJobStore(store),
    pending: createBulkPendingStore(store),
    files: createBulkFiles(),
    logger: options.logger,
    dayFirstSites: options.dayFirstSites,
    previewTtlMs: options.previewTtlMs,
    newId: randomUUID,
  };

  return async (message, fileName, csv, site) => {
    const now = options.now();
    let checked;
    try {
      checked = await checkImportSource(
        { text: csv },
        { client, sites, now, dayFirstSites: options.dayFirstSites, named: null, fixed: site },
      );
    } catch (error) {
      if (!(error instanceof BulkFileError)) throw error;
      return [text(`Could not import ${fileName}: ${error.message}`)];
    }
    if ('problem' in checked) return [text(checked.problem)];
    return previewCheckedImport(checked, fileName, message, now, services);
  };
}
