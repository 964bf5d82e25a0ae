import { parseArgs } from 'node:util';

import { auditToCsv, auditToJsonLines } from '../src/audit/audit-export.js';
import { createAuditLog } from '../src/audit/audit-log.js';
import type { FrontdeskConfig } from '../src/config.js';
import { describeElevenOsError } from '../src/elevenos/describe-error.js';
import { ElevenOsError } from '../src/elevenos/errors.js';
import { createLogger, type Logger } from '../src/log.js';
import { createRuntime } from '../src/runtime.js';
import { openStore } from '../src/store/open-store.js';
import { readConfig } from './read-config.js';

const USAGE =
  'usage: frontdesk audit --since YYYY-MM-DD [--site SITE] [--format csv|json]\n  --site  a site name or id; repeat it for more sites\n';

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

  const config = readConfig();
  if (config === null) return 1;
  const logger = createLogger({ level: config.logLevel ?? 'warn' });
  let siteIds: string[] | undefined;
  if (values.site !== undefined) {
    const resolved = await resolveSiteIds(config, logger, values.site);
    if ('problem' in resolved) {
      process.stderr.write(`${resolved.problem}\n`);
      return 1;
    }
    siteIds = resolved.siteIds;
  }
  const store = await openStore(config);
  try {
    const events = await createAuditLog(store.db, logger).list({
      since,
      ...(siteIds === undefined ? {} : { siteIds }),
    });
    process.stdout.write(values.format === 'csv' ? auditToCsv(events) : auditToJsonLines(events));
  } finally {
    await store.close();
  }
  return 0;
}

/**
 * Turns `--site` values, names or ids as `digest preview --site` takes them, into site ids. The
 * names come from ElevenOS (or the sandbox when no account is set), so this opens the runtime
 * only when a site is given.
 */
async function resolveSiteIds(
  config: FrontdeskConfig,
  logger: Logger,
  names: string[],
): Promise<{ siteIds: string[] } | { problem: string }> {
  // The runtime's own store is not read: the audit events come from the configured one.
  const runtime = await createRuntime(
    { ...config, dbPath: ':memory:', databaseUrl: undefined },
    logger,
  );
  try {
    const siteIds: string[] = [];
    for (const name of names) {
      const site = await runtime.sites.findSite(name);
      if (site === null) {
        const known = (await runtime.sites.sites()).map((each) => `${each.name} (${each.siteId})`);
        return { problem: `There is no site called "${name}". Sites: ${known.join(', ')}.` };
      }
      siteIds.push(site.siteId);
    }
    return { siteIds };
  } catch (error) {
    if (!(error instanceof ElevenOsError)) throw error;
    return { problem: describeElevenOsError(error, { siteName: 'the sites', action: 'read' }) };
  } finally {
    await runtime.close();
  }
}
