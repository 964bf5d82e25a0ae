import type { Kysely, Selectable } from 'kysely';

import type { Database } from '../store/schema.js';
import type { DigestRunsTable, DigestTables } from './tables.js';

export type RunKind = 'scheduled' | 'manual';

/** State of a run. Only pending, claimed (lease over) and retrying runs are picked up. */
export type RunStatus =
  'pending' | 'claimed' | 'retrying' | 'posted' | 'empty' | 'paused' | 'missed' | 'failed';

export interface DigestRun {
  subscriptionId: string;
  kind: RunKind;
  slot: Date;
  status: RunStatus;
  /** Number of claims so far, which also distinguishes two claims of one run. */
  attempts: number;
  claimedBy: string | null;
  leaseUntil: Date | null;
  retryAt: Date | null;
  errorCode: string | null;
}

export interface RunRepository {
  latestSlot(subscriptionId: string, kind: RunKind): Promise<Date | null>;
  /** Records a run as pending, or returns false when it was recorded before. */
  addPending(subscriptionId: string, kind: RunKind, slot: Date, at: Date): Promise<boolean>;
  /** Runs that a worker may take at `now`, oldest slot first. */
  listOpen(now: Date, limit: number): Promise<DigestRun[]>;
  /**
   * Takes an open run for `workerId` until `leaseUntil`. Returns false when another worker took
   * or settled it since it was read, so exactly one caller wins each claim.
   */
  claim(run: DigestRun, workerId: string, at: Date, leaseUntil: Date): Promise<boolean>;
  /** Closes a run that was read open (missed, paused, failed) unless someone changed it since. */
  close(run: DigestRun, status: RunStatus, at: Date): Promise<boolean>;
  /** Settles the claim `workerId` holds: posted, empty, failed or retrying at `retryAt`. */
  settle(
    run: DigestRun,
    workerId: string,
    outcome: { status: RunStatus; at: Date; retryAt?: Date; errorCode?: string },
  ): Promise<boolean>;
  listForSubscription(subscriptionId: string): Promise<DigestRun[]>;
  /** Deletes settled runs whose slot is before `before`. */
  prune(before: Date): Promise<void>;
}

function toRun(row: Selectable<DigestRunsTable>): DigestRun {
  const date = (value: string | null) => (value === null ? null : new Date(value));
  return {
    subscriptionId: row.subscription_id,
    kind: row.kind as RunKind,
    slot: new Date(row.slot),
    status: row.status as RunStatus,
    attempts: Number(row.attempts),
    claimedBy: row.claimed_by,
    leaseUntil: date(row.lease_until),
    retryAt: date(row.retry_at),
    errorCode: row.error_code,
  };
}

const OPEN_STATUSES: RunStatus[] = ['pending', 'claimed', 'retrying'];

/** Stores digest runs in the store's database. Every change is one conditional statement. */
export function createRunRepository(database: Kysely<Database>): RunRepository {
  const db = database.withTables<DigestTables>();

  function one(run: DigestRun) {
    return db
      .updateTable('digest_runs')
      .where('subscription_id', '=', run.subscriptionId)
      .where('kind', '=', run.kind)
      .where('slot', '=', run.slot.toISOString());
  }

  return {
    async latestSlot(subscriptionId, kind) {
      const row = await db
        .selectFrom('digest_runs')
        .select('slot')
        .where('subscription_id', '=', subscriptionId)
        .where('kind', '=', kind)
        .orderBy('slot', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row === undefined ? null : new Date(row.slot);
    },

    async addPending(subscriptionId, kind, slot, at) {
      const result = await db
        .insertInto('digest_runs')
        .values({
          subscription_id: subscriptionId,
          kind,
          slot: slot.toISOString(),
          status: 'pending',
          attempts: 0,
          claimed_by: null,
          lease_until: null,
          retry_at: null,
          error_code: null,
          updated_at: at.toISOString(),
        })
        .onConflict((conflict) => conflict.columns(['subscription_id', 'kind', 'slot']).doNothing())
        .executeTakeFirst();
      return (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
    },

    async listOpen(now, limit) {
      const at = now.toISOString();
      const rows = await db
        .selectFrom('digest_runs')
        .selectAll()
        .where((row) =>
          row.or([
            row('status', '=', 'pending'),
            row.and([row('status', '=', 'claimed'), row('lease_until', '<=', at)]),
            row.and([row('status', '=', 'retrying'), row('retry_at', '<=', at)]),
          ]),
        )
        .orderBy('slot')
        .limit(limit)
        .execute();
      return rows.map(toRun);
    },

    async claim(run, workerId, at, leaseUntil) {
      const result = await one(run)
        .set({
          status: 'claimed',
          attempts: run.attempts + 1,
          claimed_by: workerId,
          lease_until: leaseUntil.toISOString(),
          retry_at: null,
          updated_at: at.toISOString(),
        })
        .where('status', '=', run.status)
        .where('attempts', '=', run.attempts)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    async close(run, status, at) {
      const result = await one(run)
        .set({ status, lease_until: null, retry_at: null, updated_at: at.toISOString() })
        .where('status', 'in', OPEN_STATUSES)
        .where('status', '=', run.status)
        .where('attempts', '=', run.attempts)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    async settle(run, workerId, outcome) {
      const result = await one(run)
        .set({
          status: outcome.status,
          lease_until: null,
          retry_at: outcome.retryAt?.toISOString() ?? null,
          error_code: outcome.errorCode ?? null,
          updated_at: outcome.at.toISOString(),
        })
        .where('status', '=', 'claimed')
        .where('claimed_by', '=', workerId)
        .where('attempts', '=', run.attempts)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    async listForSubscription(subscriptionId) {
      const rows = await db
        .selectFrom('digest_runs')
        .selectAll()
        .where('subscription_id', '=', subscriptionId)
        .orderBy('slot')
        .execute();
      return rows.map(toRun);
    },

    async prune(before) {
      await db
        .deleteFrom('digest_runs')
        .where('slot', '<', before.toISOString())
        .where('status', 'not in', OPEN_STATUSES)
        .execute();
    },
  };
}
