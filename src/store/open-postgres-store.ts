import pg from 'pg';

import { Kysely, PostgresDialect } from './kysely-runtime.js';
import type { Database } from './schema.js';
import { createSqlStore, migrateToLatest } from './sql-store.js';
import type { Store } from './store.js';

/**
 * Opens the store on Postgres and runs pending migrations. Every table lives in `schema`
 * (default `public`, created if missing), so tests and side-by-side deployments can share one
 * database without sharing tables.
 */
export async function openPostgresStore(
  connectionString: string,
  options: { schema?: string; maxConnections?: number } = {},
): Promise<Store> {
  const schema = options.schema ?? 'public';
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) {
    throw new RangeError(`invalid Postgres schema name "${schema}"`);
  }
  const pool = new pg.Pool({
    connectionString,
    max: options.maxConnections ?? 10,
    options: `-c search_path=${schema}`,
  });
  await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  await migrateToLatest(db, schema);
  return createSqlStore(db);
}
