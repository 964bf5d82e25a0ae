import type { Kysely, Migration } from 'kysely';

/** Tables of channel digests, numbered from 0200. */
export const digestMigrations: Record<string, Migration> = {
  '0200_digest_subscriptions': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('digest_subscriptions')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('conversation_key', 'text', (column) => column.notNull().unique())
        .addColumn('platform', 'text', (column) => column.notNull())
        .addColumn('channel_id', 'text', (column) => column.notNull())
        .addColumn('site_ids', 'text', (column) => column.notNull())
        .addColumn('zone', 'text', (column) => column.notNull())
        .addColumn('days', 'text', (column) => column.notNull())
        .addColumn('time', 'text', (column) => column.notNull())
        .addColumn('window_days', 'integer', (column) => column.notNull())
        .addColumn('include_move_outs', 'integer', (column) => column.notNull())
        .addColumn('skip_if_empty', 'integer', (column) => column.notNull())
        .addColumn('status', 'text', (column) => column.notNull())
        .addColumn('active_from', 'text', (column) => column.notNull())
        .addColumn('created_by', 'text', (column) => column.notNull())
        .addColumn('created_at', 'text', (column) => column.notNull())
        .addColumn('updated_at', 'text', (column) => column.notNull())
        .addColumn('last_posted_at', 'text')
        .addColumn('last_failure', 'text')
        .addColumn('last_failure_at', 'text')
        .execute();
    },
  },
  '0201_digest_runs': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('digest_runs')
        .addColumn('subscription_id', 'text', (column) => column.notNull())
        .addColumn('kind', 'text', (column) => column.notNull())
        .addColumn('slot', 'text', (column) => column.notNull())
        .addColumn('status', 'text', (column) => column.notNull())
        .addColumn('attempts', 'integer', (column) => column.notNull())
        .addColumn('claimed_by', 'text')
        .addColumn('lease_until', 'text')
        .addColumn('retry_at', 'text')
        .addColumn('error_code', 'text')
        .addColumn('updated_at', 'text', (column) => column.notNull())
        .addPrimaryKeyConstraint('digest_runs_pkey', ['subscription_id', 'kind', 'slot'])
        .execute();
      await db.schema
        .createIndex('digest_runs_status')
        .on('digest_runs')
        .columns(['status', 'slot'])
        .execute();
    },
  },
};
