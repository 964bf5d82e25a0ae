// `frontdesk import FILE --check [--json] [--site SITE]`: runs the chat's import checks on a
// file, sends nothing, and prints one line per data row.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { loadConfig } from '../../config.js';
import { describeElevenOsError } from '../../elevenos/describe-error.js';
import { ElevenOsError } from '../../elevenos/errors.js';
import { ConfigError } from '../../errors.js';
import { createLogger } from '../../log.js';
import { createRuntime } from '../../runtime.js';
import { checkImportSource } from '../check/check-import-source.js';
import { folderProblem } from '../check/folder-problem.js';
import { isReady, type CheckedImportRow } from '../check/import-row.js';
import { BulkFileError } from '../errors.js';

export interface ImportCheckIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: Record<string, string | undefined>;
}

export const IMPORT_USAGE = `usage: frontdesk import FILE --check [--json] [--site SITE] [--now ISO]

Checks a CSV of move-ins the way the chat does before anything is sent (units, dates, contacts,
repeated rows, clashes with current residents) and prints one line per data row. Nothing is
sent to ElevenOS. It reads the configured ElevenOS account, or the sandbox when none is set.
  --check   required: only checking is done from the command line; send files from the chat
  --json    print {"row": N, "status": "ready" | "problem", "problems": [...]} per row
  --site    the site (name or id) the file is for; by default DEFAULT_SITE, or the site
            where the file's units are
  --now     the current instant, ISO 8601, for "has passed" checks (default: the system clock)
`;

class UsageError extends Error {}

function readOptions(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      check: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      site: { type: 'string' },
      now: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return null;
  if (positionals.length !== 1) throw new UsageError('give exactly one FILE');
  if (!values.check) {
    throw new UsageError(
      'add --check: the command line only checks files; send them from the chat',
    );
  }
  const now = values.now === undefined ? null : new Date(values.now);
  if (now !== null && Number.isNaN(now.getTime())) {
    throw new UsageError(`--now "${values.now}" is not an ISO 8601 instant`);
  }
  return { path: positionals[0]!, json: values.json, site: values.site ?? null, now };
}

/** Runs the command; returns the exit code: 0 after the rows, 1 when checking failed, 2 for usage. */
export async function runImportCheck(argv: string[], io: ImportCheckIo): Promise<number> {
  let options;
  try {
    options = readOptions(argv);
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof TypeError)) throw error;
    io.stderr.write(`frontdesk import: ${error.message}\n${IMPORT_USAGE}`);
    return 2;
  }
  if (options === null) {
    io.stdout.write(IMPORT_USAGE);
    return 0;
  }

  let config;
  try {
    config = loadConfig(io.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr.write(`${error.message}\n`);
    return 1;
  }
  const logger = createLogger({ level: config.logLevel ?? 'warn' });
  const now = options.now;
  // The check keeps nothing, so it opens an empty in-memory store rather than the real one.
  const runtime = await createRuntime(
    { ...config, dbPath: ':memory:', databaseUrl: undefined },
    logger,
    now === null ? {} : { now: () => now },
  );
  try {
    const folder = await folderProblem(options.path, resolve(options.path));
    if (folder !== null) {
      io.stderr.write(`frontdesk import: ${folder}\n`);
      return 1;
    }
    const fixed =
      config.defaultSite === undefined ? null : await runtime.sites.findSite(config.defaultSite);
    const checked = await checkImportSource(
      { path: options.path },
      {
        client: runtime.client,
        sites: runtime.sites,
        now: now ?? new Date(),
        dayFirstSites: config.dayFirstSites,
        named: options.site,
        fixed,
        siteHint: 'Add --site <site>.',
      },
    );
    if ('problem' in checked) {
      io.stderr.write(`frontdesk import: ${checked.problem}\n`);
      return 1;
    }
    for (const row of checked.rows) io.stdout.write(options.json ? jsonLine(row) : textLine(row));
    if (!options.json) io.stdout.write(summary(checked.rows, checked.site.name));
    return 0;
  } catch (error) {
    if (error instanceof BulkFileError) {
      io.stderr.write(`frontdesk import: ${error.message}\n`);
      return 1;
    }
    if (error instanceof ElevenOsError) {
      io.stderr.write(
        `frontdesk import: ${describeElevenOsError(error, { siteName: 'the site', action: 'read' })}\n`,
      );
      return 1;
    }
    throw error;
  } finally {
    await runtime.close();
  }
}

function jsonLine(row: CheckedImportRow): string {
  const status = isReady(row) ? 'ready' : 'problem';
  return `${JSON.stringify({ row: row.row, status, problems: row.problems })}\n`;
}

function textLine(row: CheckedImportRow): string {
  return isReady(row) ? `Row ${row.row}: ready\n` : `Row ${row.row}: ${row.problems.join('; ')}\n`;
}

function summary(rows: CheckedImportRow[], siteName: string): string {
  const ready = rows.filter(isReady).length;
  return `${rows.length} rows for ${siteName}: ${ready} ready, ${rows.length - ready} need a fix.\n`;
}
