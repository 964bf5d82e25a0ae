import type { Kysely, Migration, MigrationProvider } from 'kysely';

import { auditMigrations } from './feature-migrations/audit.js';
import { bulkMigrations } from './feature-migrations/bulk.js';
import { digestMigrations } from './feature-migrations/digest.js';

// Migrations live in code, not files, so they ship inside the one process that runs them.
// Append new ones; never edit one that has run.
const migrations: Record<string, Migration> = {
  '0001_proposals': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('proposals')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('team_id', 'text', (column) => column.notNull())
        .addColumn('site_id', 'text', (column) => column.notNull())
        .addColumn('conversation_key', 'text', (column) => column.notNull())
        .addColumn('action', 'text', (column) => column.notNull())
        .addColumn('status', 'text', (column) => column.notNull())
        .addColumn('created_by', 'text', (column) => column.notNull())
        .addColumn('created_at', 'text', (column) => column.notNull())
        .addColumn('expires_at', 'text', (column) => column.notNull())
        .addColumn('decided_by', 'text')
        .addColumn('decided_at', 'text')
        .addColumn('outcome', 'text')
        .addColumn('undo_status', 'text')
        .addColumn('updated_at', 'text', (column) => column.notNull())
        .execute();
      await db.schema
        .createTable('conversations')
        .addColumn('key', 'text', (column) => column.primaryKey())
        .addColumn('state', 'text', (column) => column.notNull())
        .addColumn('updated_at', 'text', (column) => column.notNull())
        .execute();
      await db.schema
        .createTable('channel_sites')
        .addColumn('conversation_key', 'text', (column) => column.primaryKey())
        .addColumn('site_id', 'text', (column) => column.notNull())
        .addColumn('updated_at', 'text', (column) => column.notNull())
        .execute();
    },
  },
  '0002_deliveries': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('deliveries')
        .addColumn('key', 'text', (column) => column.primaryKey())
        .addColumn('status', 'text', (column) => column.notNull())
        .addColumn('claimed_at', 'text', (column) => column.notNull())
        .addColumn('expires_at', 'text', (column) => column.notNull())
        .execute();
      await db.schema
        .createIndex('deliveries_expires_at')
        .on('deliveries')
        .column('expires_at')
        .execute();
    },
  },
  '0003_conversation_references': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('conversation_references')
        .addColumn('conversation_key', 'text', (column) => column.primaryKey())
        .addColumn('reference', 'text', (column) => column.notNull())
        .addColumn('stale_at', 'text')
        .addColumn('updated_at', 'text', (column) => column.notNull())
        .execute();
    },
  },
  '0004_channel_bindings': {
    async up(db: Kysely<unknown>) {
      // SQLite adds one column per ALTER TABLE statement.
      await db.schema.alterTable('channel_sites').addColumn('bound_by', 'text').execute();
      await db.schema.alterTable('channel_sites').addColumn('bound_at', 'text').execute();
    },
  },
  '0005_purge_checks': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('purge_checks')
        .addColumn('proposal_id', 'text', (column) => column.primaryKey())
        .addColumn('checked_by', 'text', (column) => column.notNull())
        .addColumn('checked_at', 'text', (column) => column.notNull())
        .execute();
    },
  },
};

// Each feature keeps its tables in its own file and number range, so features can be built in
// parallel without editing one list; kysely runs all migrations in name order.
export const migrationProvider: MigrationProvider = {
  getMigrations: () =>
    Promise.resolve({ ...migrations, ...bulkMigrations, ...digestMigrations, ...auditMigrations }),
};
