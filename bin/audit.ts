import { parseArgs } from 'node:util';

import { auditToCsv, auditToJsonLines } from '../src/audit/audit-export.js';
import { createAuditLog } from '../src/audit/audit-log.js';
import { loadConfig } from '../src/config.js';
import { ConfigError } from '../src/errors.js';
import { createLogger } from '../src/log.js';
import { openStore } from '../src/store/open-store.js';

const USAGE = 'usage: frontdesk audit --since YYYY-MM-DD [--site SITE_ID] [--format csv|json]\n';

/** Prints the audit trail since a date, for one site or all, as CSV or JSON lines. */
export async function runAudit(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        since: { type: 'string' },
        site: { type: 'string', multiple: true },
        format: { type: 'string', default: 'csv' },
      },
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const since = values.since === undefined ? null : new Date(`${values.since}T00:00:00Z`);
  if (
    since === null ||
    Number.isNaN(since.getTime()) ||
    !/^\d{4}-\d{2}-\d{2}/.test(values.since!)
  ) {
    process.stderr.write(`--since needs a date such as 2026-12-01.\n${USAGE}`);
    return 2;
  }
  if (values.format !== 'csv' && values.format !== 'json') {
    process.stderr.write(`--format must be csv or json (got "${values.format}").\n${USAGE}`);
    return 2;
  }

  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
  const logger = createLogger({ level: config.logLevel ?? 'warn' });
  const store = await openStore(config);
  try {
    const events = await createAuditLog(store.db, logger).list({
      since,
      ...(values.site === undefined ? {} : { siteIds: values.site }),
    });
    process.stdout.write(values.format === 'csv' ? auditToCsv(events) : auditToJsonLines(events));
  } finally {
    await store.close();
  }
  return 0;
}
