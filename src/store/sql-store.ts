import type { Kysely, Selectable } from 'kysely';

import { FrontdeskError } from '../errors.js';
import type { Proposal, ProposalOutcome } from '../proposals/types.js';
import { Migrator, sql } from './kysely-runtime.js';
import { migrationProvider } from './migrations.js';
import type { Database, ProposalsTable } from './schema.js';
import type { Store, Transition } from './store.js';

function toProposal(row: Selectable<ProposalsTable>): Proposal {
  return {
    id: row.id,
    teamId: row.team_id,
    siteId: row.site_id,
    conversationKey: row.conversation_key,
    action: JSON.parse(row.action) as Proposal['action'],
    status: row.status as Proposal['status'],
    createdBy: row.created_by,
    createdAt: new Date(row.created_at),
    expiresAt: new Date(row.expires_at),
    decidedBy: row.decided_by,
    decidedAt: row.decided_at === null ? null : new Date(row.decided_at),
    outcome: row.outcome === null ? null : (JSON.parse(row.outcome) as ProposalOutcome),
    undoStatus: row.undo_status as Proposal['undoStatus'],
  };
}

/** Runs the migrations that have not run yet; fails with the migration's error. */
export async function migrateToLatest(db: Kysely<Database>, schema?: string): Promise<void> {
  // On Postgres the schema must be named: kysely looks for its migration table in every schema
  // otherwise, and another schema's table would make it skip creating its own.
  const migrator = new Migrator({
    db,
    provider: migrationProvider,
    ...(schema === undefined ? {} : { migrationTableSchema: schema }),
  });
  const { error } = await migrator.migrateToLatest();
  if (error !== undefined) {
    throw new FrontdeskError('STORE_FAILED', 'Database migration failed', { cause: error });
  }
}

/** The store on any kysely dialect; SQLite and Postgres differ only in how `db` is built. */
export function createSqlStore(db: Kysely<Database>): Store {
  async function read(id: string): Promise<Proposal | null> {
    const row = await db
      .selectFrom('proposals')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? null : toProposal(row);
  }

  async function changed(id: string, rows: bigint): Promise<Transition> {
    const proposal = await read(id);
    if (rows > 0n && proposal !== null) return { applied: true, proposal };
    return { applied: false, proposal };
  }

  return {
    async createProposal(proposal) {
      await db
        .insertInto('proposals')
        .values({
          id: proposal.id,
          team_id: proposal.teamId,
          site_id: proposal.siteId,
          conversation_key: proposal.conversationKey,
          action: JSON.stringify(proposal.action),
          status: proposal.status,
          created_by: proposal.createdBy,
          created_at: proposal.createdAt.toISOString(),
          expires_at: proposal.expiresAt.toISOString(),
          decided_by: proposal.decidedBy,
          decided_at: proposal.decidedAt?.toISOString() ?? null,
          outcome: proposal.outcome === null ? null : JSON.stringify(proposal.outcome),
          undo_status: proposal.undoStatus,
          updated_at: proposal.createdAt.toISOString(),
        })
        .execute();
    },

    getProposal: read,

    async transitionProposal(id, change) {
      let query = db
        .updateTable('proposals')
        .set({
          status: change.to,
          updated_at: change.at.toISOString(),
          ...(change.actor === undefined
            ? {}
            : { decided_by: change.actor, decided_at: change.at.toISOString() }),
          ...(change.outcome === undefined
            ? {}
            : { outcome: change.outcome === null ? null : JSON.stringify(change.outcome) }),
        })
        .where('id', '=', id)
        .where((row) => {
          const fromStatus = row('status', 'in', change.from);
          if (change.orWorkingSince === undefined) return fromStatus;
          const stale = row.and([
            row('status', '=', 'working'),
            row('updated_at', '<', change.orWorkingSince.toISOString()),
          ]);
          return row.or([fromStatus, stale]);
        });
      if (change.notExpiredAt !== undefined) {
        query = query.where('expires_at', '>', change.notExpiredAt.toISOString());
      }
      const result = await query.executeTakeFirst();
      return changed(id, result.numUpdatedRows);
    },

    async claimUndo(id, decidedAfter, at) {
      const result = await db
        .updateTable('proposals')
        .set({ undo_status: 'working', updated_at: at.toISOString() })
        .where('id', '=', id)
        .where('status', '=', 'done')
        .where('undo_status', 'is', null)
        .where('decided_at', '>', decidedAfter.toISOString())
        .executeTakeFirst();
      return changed(id, result.numUpdatedRows);
    },

    async finishUndo(id, status, outcome, at) {
      await db
        .updateTable('proposals')
        .set({
          undo_status: status,
          outcome: JSON.stringify(outcome),
          updated_at: at.toISOString(),
        })
        .where('id', '=', id)
        .execute();
    },

    async recordPurgeCheck(proposalId, actor, at) {
      await db
        .insertInto('purge_checks')
        .values({ proposal_id: proposalId, checked_by: actor, checked_at: at.toISOString() })
        .onConflict((conflict) => conflict.column('proposal_id').doNothing())
        .execute();
    },

    async hasPurgeCheck(proposalId) {
      const row = await db
        .selectFrom('purge_checks')
        .select('proposal_id')
        .where('proposal_id', '=', proposalId)
        .executeTakeFirst();
      return row !== undefined;
    },

    async getConversation(key) {
      const row = await db
        .selectFrom('conversations')
        .select('state')
        .where('key', '=', key)
        .executeTakeFirst();
      return row === undefined ? null : (JSON.parse(row.state) as unknown);
    },

    async saveConversation(key, state, at) {
      const values = { key, state: JSON.stringify(state), updated_at: at.toISOString() };
      await db
        .insertInto('conversations')
        .values(values)
        .onConflict((conflict) =>
          conflict
            .column('key')
            .doUpdateSet({ state: values.state, updated_at: values.updated_at }),
        )
        .execute();
    },

    async clearConversation(key) {
      await db.deleteFrom('conversations').where('key', '=', key).execute();
    },

    async getChannelSite(conversationKey) {
      const row = await db
        .selectFrom('channel_sites')
        .select('site_id')
        .where('conversation_key', '=', conversationKey)
        .executeTakeFirst();
      return row?.site_id ?? null;
    },

    async getChannelBinding(conversationKey) {
      const row = await db
        .selectFrom('channel_sites')
        .select(['site_id', 'bound_by', 'bound_at'])
        .where('conversation_key', '=', conversationKey)
        .executeTakeFirst();
      if (row === undefined) return null;
      return {
        siteId: row.site_id,
        boundBy: row.bound_by,
        boundAt: row.bound_at === null ? null : new Date(row.bound_at),
      };
    },

    async setChannelSite(conversationKey, siteId, at) {
      const values = {
        conversation_key: conversationKey,
        site_id: siteId,
        updated_at: at.toISOString(),
        bound_by: null,
        bound_at: null,
      };
      // One statement: the upsert skips a bound row, so a bind in between always wins.
      const result = await db
        .insertInto('channel_sites')
        .values(values)
        .onConflict((conflict) =>
          conflict
            .column('conversation_key')
            .doUpdateSet({ site_id: values.site_id, updated_at: values.updated_at })
            .where('channel_sites.bound_by', 'is', null),
        )
        .executeTakeFirst();
      return (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
    },

    async bindChannel(conversationKey, siteId, actor, at) {
      const values = {
        conversation_key: conversationKey,
        site_id: siteId,
        updated_at: at.toISOString(),
        bound_by: actor,
        bound_at: at.toISOString(),
      };
      await db
        .insertInto('channel_sites')
        .values(values)
        .onConflict((conflict) =>
          conflict.column('conversation_key').doUpdateSet({
            site_id: values.site_id,
            updated_at: values.updated_at,
            bound_by: values.bound_by,
            bound_at: values.bound_at,
          }),
        )
        .execute();
    },

    async unbindChannel(conversationKey, at) {
      const bound = await db
        .updateTable('channel_sites')
        .set({ bound_by: null, bound_at: null, updated_at: at.toISOString() })
        .where('conversation_key', '=', conversationKey)
        .where('bound_by', 'is not', null)
        .returning('site_id')
        .executeTakeFirst();
      return bound?.site_id ?? null;
    },

    async listChannelSites(prefix) {
      const rows = await db
        .selectFrom('channel_sites')
        .select(['conversation_key', 'site_id', 'bound_by'])
        // substr, not LIKE, so "_" and "%" in a prefix match only themselves.
        .where(sql<string>`substr(conversation_key, 1, ${prefix.length})`, '=', prefix)
        .orderBy('conversation_key')
        .execute();
      return rows.map((row) => ({
        conversationKey: row.conversation_key,
        siteId: row.site_id,
        boundBy: row.bound_by,
      }));
    },

    async claimDelivery(key, { at, ttlMs, leaseMs }) {
      const now = at.toISOString();
      await db.deleteFrom('deliveries').where('expires_at', '<=', now).execute();
      const claimed = {
        status: 'working',
        claimed_at: now,
        expires_at: new Date(at.getTime() + ttlMs).toISOString(),
      };
      const staleBefore = new Date(at.getTime() - leaseMs).toISOString();
      // One statement decides the winner, so two processes claiming the same key cannot both win.
      const result = await db
        .insertInto('deliveries')
        .values({ key, ...claimed })
        .onConflict((conflict) =>
          conflict
            .column('key')
            .doUpdateSet(claimed)
            .where((eb) =>
              eb.or([
                eb('deliveries.status', '=', 'failed'),
                eb.and([
                  eb('deliveries.status', '=', 'working'),
                  eb('deliveries.claimed_at', '<=', staleBefore),
                ]),
              ]),
            ),
        )
        .executeTakeFirst();
      return (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
    },

    async finishDelivery(key, status, at) {
      await db
        .updateTable('deliveries')
        .set({ status, claimed_at: at.toISOString() })
        .where('key', '=', key)
        .execute();
    },

    async saveConversationReference(conversationKey, reference, at) {
      const row = { reference, stale_at: null, updated_at: at.toISOString() };
      await db
        .insertInto('conversation_references')
        .values({ conversation_key: conversationKey, ...row })
        .onConflict((conflict) => conflict.column('conversation_key').doUpdateSet(row))
        .execute();
    },

    async getConversationReference(conversationKey) {
      const row = await db
        .selectFrom('conversation_references')
        .selectAll()
        .where('conversation_key', '=', conversationKey)
        .executeTakeFirst();
      if (row === undefined) return null;
      return {
        conversationKey: row.conversation_key,
        reference: row.reference,
        staleAt: row.stale_at === null ? null : new Date(row.stale_at),
        updatedAt: new Date(row.updated_at),
      };
    },

    async markConversationReferenceStale(conversationKey, at) {
      await db
        .updateTable('conversation_references')
        .set({ stale_at: at.toISOString() })
        .where('conversation_key', '=', conversationKey)
        .execute();
    },

    async deleteConversationReference(conversationKey) {
      await db
        .deleteFrom('conversation_references')
        .where('conversation_key', '=', conversationKey)
        .execute();
    },

    db,

    async close() {
      await db.destroy();
    },
  };
}
