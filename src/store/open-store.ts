import { openSqliteStore } from './open-sqlite-store.js';
import type { Store } from './store.js';

/**
 * Opens Postgres when a database URL is configured, else the embedded SQLite file. The Postgres
 * module is imported only then, so SQLite processes do not load pg.
 */
export async function openStore(config: {
  databaseUrl: string | undefined;
  databaseSchema: string | undefined;
  dbPath: string;
}): Promise<Store> {
  if (config.databaseUrl === undefined) return openSqliteStore(config.dbPath);
  const { openPostgresStore } = await import('./open-postgres-store.js');
  return openPostgresStore(config.databaseUrl, {
    ...(config.databaseSchema === undefined ? {} : { schema: config.databaseSchema }),
  });
}
