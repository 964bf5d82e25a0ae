import type { AuditLog } from './audit/audit-log.js';
import { createBulkExtension } from './bulk/bulk-extension.js';
import type { ElevenOsClient } from './elevenos/client.js';
import type { FrontdeskExtension } from './bot/extension.js';
import type { SiteDirectory } from './bot/site-directory.js';
import type { FrontdeskConfig } from './config.js';
import { createDigestExtension } from './digest/digest-extension.js';
import type { Logger } from './log.js';
import type { Store } from './store/store.js';

export interface ExtensionDependencies {
  client: ElevenOsClient;
  sites: SiteDirectory;
  store: Store;
  logger: Logger;
  config: FrontdeskConfig;
  now: () => Date;
  audit: AuditLog;
}

/** Every feature built beside the core; each adds its extension here. */
export function createExtensions(_dependencies: ExtensionDependencies): FrontdeskExtension[] {
  return [createBulkExtension(_dependencies), createDigestExtension()];
}
