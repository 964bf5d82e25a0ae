import type { Kysely, Migration } from 'kysely';

/** Tables of bulk imports and terminations, numbered from 0100. */
export const bulkMigrations: Record<string, Migration> = {
  '0100_bulk_jobs': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('bulk_jobs')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('kind', 'text', (column) => column.notNull())
        .addColumn('status', 'text', (column) => column.notNull())
        .addColumn('phase', 'text', (column) => column.notNull())
        .addColumn('team_id', 'text', (column) => column.notNull())
        .addColumn('site_id', 'text', (column) => column.notNull())
        .addColumn('platform', 'text', (column) => column.notNull())
        .addColumn('channel_id', 'text', (column) => column.notNull())
        .addColumn('conversation_key', 'text', (column) => column.notNull())
        .addColumn('title', 'text', (column) => column.notNull())
        .addColumn('details', 'text', (column) => column.notNull())
        .addColumn('created_by', 'text', (column) => column.notNull())
        .addColumn('created_at', 'text', (column) => column.notNull())
        .addColumn('expires_at', 'text', (column) => column.notNull())
        .addColumn('confirmed_by', 'text')
        .addColumn('confirmed_at', 'text')
        .addColumn('submissions', 'text', (column) => column.notNull())
        .addColumn('checks', 'integer', (column) => column.notNull())
        .addColumn('next_step_at', 'text')
        .addColumn('deadline_at', 'text')
        .addColumn('lease_owner', 'text')
        .addColumn('lease_until', 'text')
        .addColumn('post_attempts', 'integer', (column) => column.notNull())
        .addColumn('posted_at', 'text')
        .addColumn('updated_at', 'text', (column) => column.notNull())
        .execute();
      await db.schema
        .createIndex('bulk_jobs_status_next_step')
        .on('bulk_jobs')
        .columns(['status', 'next_step_at'])
        .execute();
    },
  },
  '0101_bulk_rows': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('bulk_rows')
        .addColumn('job_id', 'text', (column) => column.notNull())
        .addColumn('row_number', 'integer', (column) => column.notNull())
        .addColumn('status', 'text', (column) => column.notNull())
        .addColumn('attempt', 'integer', (column) => column.notNull())
        .addColumn('source', 'text', (column) => column.notNull())
        .addColumn('payload', 'text')
        .addColumn('problems', 'text')
        .addColumn('resident_id', 'text')
        .addColumn('reason', 'text')
        .addColumn('updated_at', 'text', (column) => column.notNull())
        .addPrimaryKeyConstraint('bulk_rows_pk', ['job_id', 'row_number'])
        .execute();
      await db.schema
        .createIndex('bulk_rows_job_status')
        .on('bulk_rows')
        .columns(['job_id', 'status'])
        .execute();
    },
  },
  '0102_bulk_pending': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('bulk_pending')
        .addColumn('conversation_key', 'text', (column) => column.primaryKey())
        .addColumn('job_id', 'text', (column) => column.notNull())
        .addColumn('expects', 'text', (column) => column.notNull())
        .addColumn('actor_id', 'text')
        .addColumn('updated_at', 'text', (column) => column.notNull())
        .execute();
    },
  },
  '0103_bulk_rows_sends': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('bulk_rows')
        .addColumn('sends', 'integer', (column) => column.notNull().defaultTo(0))
        .execute();
    },
  },
  '0104_bulk_jobs_progress_message': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('bulk_jobs').addColumn('progress_message', 'text').execute();
    },
  },
};
