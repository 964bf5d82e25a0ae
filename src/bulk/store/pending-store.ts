import type { Store } from '../../store/store.js';
import type { BulkTables } from './bulk-tables.js';

/** A conversation's open bulk question: "yes" to send a preview, or a purge's typed count. */
export interface PendingBulkQuestion {
  jobId: string;
  expects: 'send' | 'count';
  /** Who clicked Purge; only their typed count is taken. Null for "send". */
  actorId: string | null;
}

export interface BulkPendingStore {
  get(conversationKey: string): Promise<PendingBulkQuestion | null>;
  save(conversationKey: string, pending: PendingBulkQuestion, at: Date): Promise<void>;
  clear(conversationKey: string): Promise<void>;
}

export function createBulkPendingStore(store: Store): BulkPendingStore {
  const db = store.db.withTables<BulkTables>();
  return {
    async get(conversationKey) {
      const row = await db
        .selectFrom('bulk_pending')
        .selectAll()
        .where('conversation_key', '=', conversationKey)
        .executeTakeFirst();
      if (row === undefined) return null;
      return {
        jobId: row.job_id,
        expects: row.expects as PendingBulkQuestion['expects'],
        actorId: row.actor_id,
      };
    },
    async save(conversationKey, pending, at) {
      const values = {
        job_id: pending.jobId,
        expects: pending.expects,
        actor_id: pending.actorId,
        updated_at: at.toISOString(),
      };
      await db
        .insertInto('bulk_pending')
        .values({ conversation_key: conversationKey, ...values })
        .onConflict((conflict) => conflict.column('conversation_key').doUpdateSet(values))
        .execute();
    },
    async clear(conversationKey) {
      await db.deleteFrom('bulk_pending').where('conversation_key', '=', conversationKey).execute();
    },
  };
}
