import type { AuditLog } from '../../audit/audit-log.js';
import type { SiteDirectory } from '../../bot/site-directory.js';
import type { ElevenOsClient } from '../../elevenos/client.js';
import type { Logger } from '../../log.js';
import type { BulkJobStore } from '../store/job-store.js';
import type { BulkPendingStore } from '../store/pending-store.js';

/** The stores, clients and settings shared by the bulk extension's handlers. */
export interface BulkServices {
  client: ElevenOsClient;
  sites: SiteDirectory;
  jobs: BulkJobStore;
  pending: BulkPendingStore;
  /** Records who sent or cancelled a job; the worker records its result. */
  audit: AuditLog;
  logger: Logger;
  dayFirstSites: readonly string[];
  /** How long a preview can be sent. */
  previewTtlMs: number;
  newId: () => string;
}
