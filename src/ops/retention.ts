import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

import type { Kysely } from 'kysely';

import type { RetentionSettings } from '../config.js';
import type { Logger } from '../log.js';
import type { Database } from '../store/schema.js';

const DAY_MS = 24 * 60 * 60_000;

/** Rows and files removed by one pass, per table. */
export type PruneCounts = Record<
  'proposals' | 'conversations' | 'bulkJobs' | 'bulkRows' | 'auditEvents' | 'bulkFiles',
  number
>;

// Only the columns retention reads; each feature owns the full shape of its tables.
type RetentionTables = {
  bulk_jobs: { id: string; status: string; expires_at: string; updated_at: string };
  bulk_rows: { job_id: string };
  bulk_pending: { job_id: string };
  audit_events: { at: string };
  purge_checks: { checked_at: string };
};

function daysBefore(now: Date, days: number): string {
  return new Date(now.getTime() - days * DAY_MS).toISOString();
}

/**
 * Deletes what Frontdesk no longer needs: proposals, open questions, purge marks and bulk jobs finished more
 * than `personalDataDays` ago (they hold residents' names, emails and phones), audit events older
 * than `auditDays`, and bulk CSV files older than `personalDataDays` in `filesDirectory`. Delivery
 * claims need no pass: each new claim deletes the expired ones. Timestamps are ISO strings, so they compare as text on
 * SQLite and Postgres alike.
 */
export async function pruneStoredData(
  database: Kysely<Database>,
  options: { now: Date; settings: RetentionSettings; filesDirectory?: string },
): Promise<PruneCounts> {
  const { now, settings } = options;
  const cutoff = daysBefore(now, settings.personalDataDays);
  const db = database.withTables<RetentionTables>();

  const proposals = await db
    .deleteFrom('proposals')
    .where('expires_at', '<', cutoff)
    .where((eb) => eb.or([eb('decided_at', 'is', null), eb('decided_at', '<', cutoff)]))
    .executeTakeFirst();
  // A purge's second card is shown within the proposal's lifetime, so the mark outlives no card.
  await db.deleteFrom('purge_checks').where('checked_at', '<', cutoff).executeTakeFirst();
  const conversations = await db
    .deleteFrom('conversations')
    .where('updated_at', '<', cutoff)
    .executeTakeFirst();

  // A job still queued is never removed, however old: its result has not been posted yet.
  const finishedJobs = db
    .selectFrom('bulk_jobs')
    .select('id')
    .where('updated_at', '<', cutoff)
    .where((eb) =>
      eb.or([
        eb('status', 'in', ['done', 'cancelled']),
        eb.and([eb('status', '=', 'preview'), eb('expires_at', '<', cutoff)]),
      ]),
    );
  const bulkRows = await db
    .deleteFrom('bulk_rows')
    .where('job_id', 'in', finishedJobs)
    .executeTakeFirst();
  await db.deleteFrom('bulk_pending').where('job_id', 'in', finishedJobs).executeTakeFirst();
  const bulkJobs = await db
    .deleteFrom('bulk_jobs')
    .where('id', 'in', finishedJobs)
    .executeTakeFirst();

  const auditEvents = await db
    .deleteFrom('audit_events')
    .where('at', '<', daysBefore(now, settings.auditDays))
    .executeTakeFirst();
  const bulkFiles =
    options.filesDirectory === undefined
      ? 0
      : await pruneOldFiles(options.filesDirectory, new Date(cutoff));

  return {
    proposals: Number(proposals.numDeletedRows),
    conversations: Number(conversations.numDeletedRows),
    bulkJobs: Number(bulkJobs.numDeletedRows),
    bulkRows: Number(bulkRows.numDeletedRows),
    auditEvents: Number(auditEvents.numDeletedRows),
    bulkFiles,
  };
}

async function pruneOldFiles(directory: string, before: Date): Promise<number> {
  let names: string[];
  try {
    names = await readdir(directory);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const path = join(directory, name);
    const info = await stat(path).catch(() => null);
    if (info === null || !info.isFile() || info.mtime >= before) continue;
    await rm(path, { force: true });
    removed += 1;
  }
  return removed;
}

/** Logs a pass's counts at info: they are counts only, never what was deleted. */
export function logPrune(logger: Logger, counts: PruneCounts): void {
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  if (total > 0) logger.info(counts, 'expired data deleted');
}
