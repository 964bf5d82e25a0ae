import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import pg from 'pg';

import { openPostgresStore } from '../../src/store/open-postgres-store.js';
import { openSqliteStore } from '../../src/store/open-sqlite-store.js';
import type { Store } from '../../src/store/store.js';

/** The Postgres server the project's machines and CI run: trust auth, database `test`. */
export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A fresh, empty place to open stores in, and a way to remove it. */
export interface StoreBackend {
  name: string;
  /** Opens a store on this backend's place; call it again to reopen the same data. */
  open(): Promise<Store>;
  destroy(): Promise<void>;
}

export function sqliteBackend(): StoreBackend {
  const directory = mkdtempSync(join(tmpdir(), 'frontdesk-store-'));
  return {
    name: 'SQLite',
    open: () => openSqliteStore(join(directory, 'frontdesk.db')),
    destroy: () => Promise.resolve(rmSync(directory, { recursive: true, force: true })),
  };
}

/** Each backend gets its own schema, created on open and dropped on destroy. */
export function postgresBackend(): StoreBackend {
  const schema = `frontdesk_test_${randomBytes(6).toString('hex')}`;
  return {
    name: 'Postgres',
    open: () => openPostgresStore(TEST_DATABASE_URL, { schema, maxConnections: 4 }),
    async destroy() {
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}

export const STORE_BACKENDS: [string, () => StoreBackend][] = [
  ['SQLite', sqliteBackend],
  ['Postgres', postgresBackend],
];
