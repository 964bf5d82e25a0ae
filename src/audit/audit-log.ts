import { randomUUID } from 'node:crypto';

import type { Kysely } from 'kysely';

import type { Logger } from '../log.js';
import type { Database } from '../store/schema.js';

export const AUDIT_KINDS = [
  'question',
  'proposal',
  'confirmation',
  'cancellation',
  'result',
  'undo',
  'api_call',
  'binding',
  'unbinding',
  'refusal',
] as const;

export type AuditKind = (typeof AUDIT_KINDS)[number];

/** One step of what happened, with who and when. `detail` holds ids and codes, never names. */
export interface AuditEvent {
  id: string;
  at: Date;
  kind: AuditKind;
  actor: string | null;
  conversationKey: string | null;
  siteId: string | null;
  proposalId: string | null;
  detail: Record<string, string | number | boolean | null>;
}

/**
 * An id that sorts in the order events were recorded by this process (events may share an
 * instant), made unique across processes by a random suffix.
 */
function sortableId(): string {
  return `${process.hrtime.bigint().toString().padStart(20, '0')}-${randomUUID().slice(0, 8)}`;
}

interface AuditEventsTable {
  id: string;
  at: string;
  kind: string;
  actor: string | null;
  conversation_key: string | null;
  site_id: string | null;
  proposal_id: string | null;
  detail: string;
}

export interface AuditLog {
  /** Records an event; a failure is logged, never raised, so auditing cannot block a change. */
  record(event: Omit<AuditEvent, 'id'>): Promise<void>;
  list(filter: { since: Date; siteIds?: string[]; limit?: number }): Promise<AuditEvent[]>;
}

export function createAuditLog(database: Kysely<Database>, logger: Logger): AuditLog {
  const db = database.withTables<{ audit_events: AuditEventsTable }>();
  return {
    async record(event) {
      try {
        await db
          .insertInto('audit_events')
          .values({
            id: sortableId(),
            at: event.at.toISOString(),
            kind: event.kind,
            actor: event.actor,
            conversation_key: event.conversationKey,
            site_id: event.siteId,
            proposal_id: event.proposalId,
            detail: JSON.stringify(event.detail),
          })
          .execute();
      } catch (error) {
        logger.error(
          { err: error, kind: event.kind, proposalId: event.proposalId },
          'audit write failed',
        );
      }
    },

    async list(filter) {
      if (filter.siteIds?.length === 0) return [];
      let query = db
        .selectFrom('audit_events')
        .selectAll()
        .where('at', '>=', filter.since.toISOString())
        .orderBy('at')
        .orderBy('id');
      if (filter.siteIds !== undefined) query = query.where('site_id', 'in', filter.siteIds);
      if (filter.limit !== undefined) query = query.limit(filter.limit);
      const rows = await query.execute();
      return rows.map((row) => ({
        id: row.id,
        at: new Date(row.at),
        kind: row.kind as AuditKind,
        actor: row.actor,
        conversationKey: row.conversation_key,
        siteId: row.site_id,
        proposalId: row.proposal_id,
        detail: JSON.parse(row.detail) as AuditEvent['detail'],
      }));
    },
  };
}
