import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';

import type { Database } from './schema.js';
import { createSqlStore, migrateToLatest } from './sql-store.js';
import type { Store } from './store.js';

/**
 * Opens the store on Postgres and runs pending migrations. `schema` keeps every table in one
 * schema (created if missing), so tests and side-by-side deployments do not share tables.
 */
export async function openPostgresStore(
  connectionString: string,
  options: { schema?: string; maxConnections?: number } = {},
): Promise<Store> {
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) {
    throw new RangeError(`invalid Postgres schema name "${schema}"`);
  }
  const pool = new pg.Pool({
    connectionString,
    max: options.maxConnections ?? 10,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  if (schema !== undefined) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  await migrateToLatest(db);
  return createSqlStore(db);
}
