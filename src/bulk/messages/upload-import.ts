import { randomUUID } from 'node:crypto';

import { text, type IncomingMessage, type Reply } from '../../bot/replies.js';
import type { Site } from '../../elevenos/types.js';
import { checkImportSource } from '../check/check-import-source.js';
import { BulkFileError } from '../errors.js';
import type { BulkServices } from './bulk-services.js';
import { previewCheckedImport } from './import-command.js';
import { createBulkJobStore } from '../store/job-store.js';
import { createBulkPendingStore } from '../store/pending-store.js';
import type { Runtime } from '../../runtime.js';
import type { Logger } from '../../log.js';

export interface UploadImporterOptions {
  runtime: Pick<Runtime, 'client' | 'sites' | 'store' | 'audit'>;
  logger: Logger;
  dayFirstSites: readonly string[];
  previewTtlMs: number;
  now: () => Date;
}

/**
 * Checks an uploaded or shared CSV and returns the bulk import preview, the same card `import`
 * shows. `site` is the site the staff chose; null lets the file's units pick it.
 */
export type UploadImporter = (
  message: Pick<IncomingMessage, 'actor' | 'conversation'>,
  fileName: string,
  csv: string,
  site: Site | null,
) => Promise<Reply[]>;

/**
 * Builds the importer behind the web playground's upload control and the Slack and Teams file
 * shares. It stores the checked rows as a bulk job in preview, so the card's Send, Cancel and
 * Problems CSV buttons reach the bulk extension through the core like any other click, and
 * nothing is sent before Send.
 */
export function createUploadImporter(options: UploadImporterOptions): UploadImporter {
  const { client, sites, store, audit } = options.runtime;
  const services: BulkServices = {
    client,
    sites,
    jobs: createBulkJobStore(store),
    pending: createBulkPendingStore(store),
    audit,
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
