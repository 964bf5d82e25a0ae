import { openPostgresStore } from './open-postgres-store.js';
import { openSqliteStore } from './open-sqlite-store.js';
import type { Store } from './store.js';

/** Opens Postgres when a database URL is configured, else the embedded SQLite file. */
export function openStore(config: {
  databaseUrl: string | undefined;
  databaseSchema: string | undefined;
  dbPath: string;
}): Promise<Store> {
  if (config.databaseUrl === undefined) return openSqliteStore(config.dbPath);
  return openPostgresStore(config.databaseUrl, {
    ...(config.databaseSchema === undefined ? {} : { schema: config.databaseSchema }),
  });
}
