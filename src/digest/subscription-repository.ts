import type { Kysely, Selectable } from 'kysely';

import { conversationKey, type ConversationAddress } from '../bot/replies.js';
import type { Database } from '../store/schema.js';
import { deserializeSchedule, serializeSchedule } from './schedule.js';
import type { DigestSubscription } from './subscription.js';
import type { DigestSubscriptionsTable, DigestTables } from './tables.js';

export interface SubscriptionRepository {
  find(conversationKey: string): Promise<DigestSubscription | null>;
  findById(id: string): Promise<DigestSubscription | null>;
  listActive(): Promise<DigestSubscription[]>;
  listForConversations(conversationKeys: string[]): Promise<DigestSubscription[]>;
  /** Creates the channel's subscription, or replaces the one it has (keeping its id). */
  save(subscription: DigestSubscription): Promise<DigestSubscription>;
  setStatus(id: string, status: DigestSubscription['status'], at: Date): Promise<void>;
  /** Deletes the subscription and every record of its runs. */
  remove(id: string): Promise<void>;
  recordPosted(id: string, at: Date): Promise<void>;
  recordFailure(id: string, failure: string, at: Date): Promise<void>;
}

function toSubscription(row: Selectable<DigestSubscriptionsTable>): DigestSubscription {
  const date = (value: string | null) => (value === null ? null : new Date(value));
  return {
    id: row.id,
    conversation: {
      platform: row.platform as ConversationAddress['platform'],
      channelId: row.channel_id,
    },
    siteIds: JSON.parse(row.site_ids) as string[],
    zone: row.zone,
    schedule: deserializeSchedule(row.days, row.time),
    windowDays: Number(row.window_days),
    includeMoveOuts: Number(row.include_move_outs) === 1,
    skipIfEmpty: Number(row.skip_if_empty) === 1,
    status: row.status as DigestSubscription['status'],
    activeFrom: new Date(row.active_from),
    createdBy: row.created_by,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
    lastPostedAt: date(row.last_posted_at),
    lastFailure: row.last_failure,
    lastFailureAt: date(row.last_failure_at),
  };
}

function toRow(subscription: DigestSubscription): DigestSubscriptionsTable {
  const { days, time } = serializeSchedule(subscription.schedule);
  return {
    id: subscription.id,
    conversation_key: conversationKey(subscription.conversation),
    platform: subscription.conversation.platform,
    channel_id: subscription.conversation.channelId,
    site_ids: JSON.stringify(subscription.siteIds),
    zone: subscription.zone,
    days,
    time,
    window_days: subscription.windowDays,
    include_move_outs: subscription.includeMoveOuts ? 1 : 0,
    skip_if_empty: subscription.skipIfEmpty ? 1 : 0,
    status: subscription.status,
    active_from: subscription.activeFrom.toISOString(),
    created_by: subscription.createdBy,
    created_at: subscription.createdAt.toISOString(),
    updated_at: subscription.updatedAt.toISOString(),
    last_posted_at: subscription.lastPostedAt?.toISOString() ?? null,
    last_failure: subscription.lastFailure,
    last_failure_at: subscription.lastFailureAt?.toISOString() ?? null,
  };
}

/** Digest subscriptions in the store's database. */
export function createSubscriptionRepository(database: Kysely<Database>): SubscriptionRepository {
  const db = database.withTables<DigestTables>();

  async function findBy(column: 'conversation_key' | 'id', value: string) {
    const row = await db
      .selectFrom('digest_subscriptions')
      .selectAll()
      .where(column, '=', value)
      .executeTakeFirst();
    return row === undefined ? null : toSubscription(row);
  }

  return {
    find: (conversationKey) => findBy('conversation_key', conversationKey),
    findById: (id) => findBy('id', id),

    async listActive() {
      const rows = await db
        .selectFrom('digest_subscriptions')
        .selectAll()
        .where('status', '=', 'active')
        .orderBy('id')
        .execute();
      return rows.map(toSubscription);
    },

    async listForConversations(conversationKeys) {
      if (conversationKeys.length === 0) return [];
      const rows = await db
        .selectFrom('digest_subscriptions')
        .selectAll()
        .where('conversation_key', 'in', conversationKeys)
        .execute();
      return rows.map(toSubscription);
    },

    async save(subscription) {
      const row = toRow(subscription);
      // The first subscription's id and creation stay when a channel subscribes again.
      const changes: Partial<DigestSubscriptionsTable> = { ...row };
      delete changes.id;
      delete changes.conversation_key;
      delete changes.created_by;
      delete changes.created_at;
      await db
        .insertInto('digest_subscriptions')
        .values(row)
        .onConflict((conflict) => conflict.column('conversation_key').doUpdateSet(changes))
        .execute();
      return (await findBy('conversation_key', row.conversation_key))!;
    },

    async setStatus(id, status, at) {
      await db
        .updateTable('digest_subscriptions')
        .set({
          status,
          updated_at: at.toISOString(),
          // A resumed digest starts afresh: slots that fell in the pause are not caught up.
          ...(status === 'active' ? { active_from: at.toISOString() } : {}),
        })
        .where('id', '=', id)
        .execute();
    },

    async remove(id) {
      await db.deleteFrom('digest_runs').where('subscription_id', '=', id).execute();
      await db.deleteFrom('digest_subscriptions').where('id', '=', id).execute();
    },

    async recordPosted(id, at) {
      await db
        .updateTable('digest_subscriptions')
        .set({ last_posted_at: at.toISOString(), last_failure: null, last_failure_at: null })
        .where('id', '=', id)
        .execute();
    },

    async recordFailure(id, failure, at) {
      await db
        .updateTable('digest_subscriptions')
        .set({ last_failure: failure, last_failure_at: at.toISOString() })
        .where('id', '=', id)
        .execute();
    },
  };
}
