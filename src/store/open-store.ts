import { openPostgresStore } from './open-postgres-store.js';
import { openSqliteStore } from './open-sqlite-store.js';
import type { Store } from './store.js';

/** Opens Postgres when a database URL is configured, else the embedded SQLite file. */
export function openStore(config: {
  databaseUrl: string | undefined;
  dbPath: string;
}): Promise<Store> {
  return config.databaseUrl === undefined
    ? openSqliteStore(config.dbPath)
    : openPostgresStore(config.databaseUrl);
}
