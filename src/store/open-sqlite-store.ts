import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

import SqliteDatabase from 'better-sqlite3';

import { Kysely, SqliteDialect } from './kysely-runtime.js';
import type { Database } from './schema.js';
import { createSqlStore, migrateToLatest } from './sql-store.js';
import type { Store } from './store.js';

// Statements are keyed by SQL text, and each length of an `IN (...)` list is its own text, so the
// cache is capped.
const MAX_CACHED_STATEMENTS = 500;

/**
 * Wraps the database so that kysely's driver, which prepares each query anew, reuses prepared
 * statements. A CPU profile of the Slack server under load showed `prepare` as the largest
 * SQLite cost. A statement that is still iterating is busy, so a fresh one is prepared then.
 */
function withStatementCache(sqlite: SqliteDatabase.Database) {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      const cached = statements.get(sql);
      if (cached !== undefined && !cached.busy) return cached;
      const statement = sqlite.prepare(sql);
      if (statements.size >= MAX_CACHED_STATEMENTS) statements.clear();
      statements.set(sql, statement);
      return statement;
    },
  };
}

/** Opens (creating if needed) the embedded SQLite store at `path`, or in memory for ":memory:". */
export async function openSqliteStore(path: string): Promise<Store> {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SqliteDatabase(path);
  // WAL lets a second process read while one writes; busy_timeout makes writers queue instead
  // of failing at once with SQLITE_BUSY.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
  });
  await migrateToLatest(db);
  return createSqlStore(db);
}
