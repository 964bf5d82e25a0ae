import type { Kysely, Migration } from 'kysely';

/** The audit trail, numbered from 0300. */
export const auditMigrations: Record<string, Migration> = {
  '0300_audit_events': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('audit_events')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('at', 'text', (column) => column.notNull())
        .addColumn('kind', 'text', (column) => column.notNull())
        .addColumn('actor', 'text')
        .addColumn('conversation_key', 'text')
        .addColumn('site_id', 'text')
        .addColumn('proposal_id', 'text')
        .addColumn('detail', 'text', (column) => column.notNull())
        .execute();
      await db.schema
        .createIndex('audit_events_at')
        .on('audit_events')
        .columns(['at', 'id'])
        .execute();
    },
  },
};
