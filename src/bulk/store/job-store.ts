import type { Selectable, Updateable } from 'kysely';

import type { Store } from '../../store/store.js';
import { LeaseLostError } from '../errors.js';
import type { BulkJobsTable, BulkRowsTable, BulkTables } from './bulk-tables.js';
import {
  ROW_STATUSES,
  type BulkJob,
  type BulkRow,
  type NewBulkJob,
  type NewBulkRow,
  type RowCounts,
  type RowStatus,
} from './job-types.js';

// Rows go in and out in slices, so one statement stays far below SQLite's and Postgres's limits
// on bound parameters (32,766 and 65,535) whatever the size of the file.
const INSERT_SLICE = 200;
const UPDATE_SLICE = 500;

export type JobChanges = Partial<
  Pick<
    BulkJob,
    | 'status'
    | 'phase'
    | 'submissions'
    | 'checks'
    | 'nextStepAt'
    | 'deadlineAt'
    | 'postAttempts'
    | 'postedAt'
    | 'leaseUntil'
    | 'progressMessage'
  >
>;

export type RowChanges = Partial<Pick<BulkRow, 'status' | 'attempt' | 'residentId' | 'reason'>>;

export interface RowOutcome {
  row: number;
  status: 'done' | 'failed';
  residentId?: string | null;
  reason?: string | null;
}

/** The outcome of a conditional change: whether it applied, and the job as it is now. */
export interface JobTransition {
  applied: boolean;
  job: BulkJob | null;
}

/** Bulk jobs, their rows and the conversations' open bulk questions, in the store's database. */
export interface BulkJobStore {
  createJob(job: NewBulkJob, rows: NewBulkRow[]): Promise<void>;
  getJob(id: string): Promise<BulkJob | null>;
  /** Moves a preview to queued once, and only before it expires. */
  queueJob(id: string, change: { actor: string; at: Date }): Promise<JobTransition>;
  /** Moves a preview to cancelled once. */
  cancelJob(id: string, change: { actor: string; at: Date }): Promise<JobTransition>;
  /**
   * Takes the lease of the queued job that has waited longest and whose next step is due. A job
   * leased by another worker is taken only once its lease has run out.
   */
  claimNextJob(claim: {
    now: Date;
    owner: string;
    leaseMs: number;
    platforms: (platform: string) => boolean;
  }): Promise<BulkJob | null>;
  /** Changes a leased job; throws LeaseLostError when `owner` no longer holds the lease. */
  updateJob(id: string, owner: string, changes: JobChanges, at: Date): Promise<BulkJob>;
  releaseJob(id: string, owner: string, at: Date): Promise<void>;
  /** The job's rows in row order, only those in `statuses` when given, at most `limit`. */
  listRows(jobId: string, statuses?: RowStatus[], limit?: number): Promise<BulkRow[]>;
  countRows(jobId: string): Promise<RowCounts>;
  updateRows(jobId: string, rows: number[], changes: RowChanges, at: Date): Promise<void>;
  /** Marks rows sent by submission `attempt`, counting one more send for each. */
  markSent(jobId: string, rows: number[], attempt: number, at: Date): Promise<void>;
  /** Records many rows' own outcomes in one transaction. */
  settleRows(jobId: string, outcomes: RowOutcome[], at: Date): Promise<void>;
  /** Counts queued jobs of a platform confirmed since `since`, which the worker still owes a result. */
  countUnfinished(filter: { platform: string; since: Date }): Promise<number>;
}

export function createBulkJobStore(store: Store): BulkJobStore {
  const db = store.db.withTables<BulkTables>();

  async function getJob(id: string): Promise<BulkJob | null> {
    const row = await db
      .selectFrom('bulk_jobs')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? null : toJob(row);
  }

  async function transition(
    id: string,
    from: string,
    values: Updateable<BulkJobsTable>,
    notExpiredAt?: Date,
  ): Promise<JobTransition> {
    let query = db
      .updateTable('bulk_jobs')
      .set(values)
      .where('id', '=', id)
      .where('status', '=', from);
    if (notExpiredAt !== undefined) {
      query = query.where('expires_at', '>', notExpiredAt.toISOString());
    }
    const result = await query.executeTakeFirst();
    return { applied: result.numUpdatedRows > 0n, job: await getJob(id) };
  }

  return {
    async createJob(job, rows) {
      const at = job.createdAt.toISOString();
      await db.transaction().execute(async (trx) => {
        await trx.insertInto('bulk_jobs').values(newJobRow(job)).execute();
        for (let start = 0; start < rows.length; start += INSERT_SLICE) {
          const slice = rows.slice(start, start + INSERT_SLICE);
          await trx
            .insertInto('bulk_rows')
            .values(slice.map((row) => newRowRow(job.id, row, at)))
            .execute();
        }
      });
    },

    getJob,

    queueJob(id, change) {
      const at = change.at.toISOString();
      const values = {
        status: 'queued',
        phase: 'submit',
        confirmed_by: change.actor,
        confirmed_at: at,
        next_step_at: null,
        updated_at: at,
      };
      return transition(id, 'preview', values, change.at);
    },

    cancelJob(id, change) {
      const at = change.at.toISOString();
      const values = {
        status: 'cancelled',
        confirmed_by: change.actor,
        confirmed_at: at,
        updated_at: at,
      };
      return transition(id, 'preview', values);
    },

    async claimNextJob(claim) {
      const now = claim.now.toISOString();
      const candidates = await db
        .selectFrom('bulk_jobs')
        .select(['id', 'platform'])
        .where('status', '=', 'queued')
        .where((eb) => eb.or([eb('next_step_at', 'is', null), eb('next_step_at', '<=', now)]))
        .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<=', now)]))
        .orderBy('confirmed_at')
        .limit(20)
        .execute();
      for (const candidate of candidates) {
        if (!claim.platforms(candidate.platform)) continue;
        const result = await db
          .updateTable('bulk_jobs')
          .set({
            lease_owner: claim.owner,
            lease_until: new Date(claim.now.getTime() + claim.leaseMs).toISOString(),
            updated_at: now,
          })
          .where('id', '=', candidate.id)
          .where('status', '=', 'queued')
          .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<=', now)]))
          .executeTakeFirst();
        if (result.numUpdatedRows > 0n) return getJob(candidate.id);
      }
      return null;
    },

    async updateJob(id, owner, changes, at) {
      const result = await db
        .updateTable('bulk_jobs')
        .set({ ...jobChanges(changes), updated_at: at.toISOString() })
        .where('id', '=', id)
        .where('lease_owner', '=', owner)
        .executeTakeFirst();
      const job = result.numUpdatedRows > 0n ? await getJob(id) : null;
      if (job === null) throw new LeaseLostError(id);
      return job;
    },

    async releaseJob(id, owner, at) {
      await db
        .updateTable('bulk_jobs')
        .set({ lease_owner: null, lease_until: null, updated_at: at.toISOString() })
        .where('id', '=', id)
        .where('lease_owner', '=', owner)
        .execute();
    },

    async listRows(jobId, statuses, limit) {
      let query = db.selectFrom('bulk_rows').selectAll().where('job_id', '=', jobId);
      if (statuses !== undefined) query = query.where('status', 'in', statuses);
      query = query.orderBy('row_number');
      if (limit !== undefined) query = query.limit(limit);
      const rows = await query.execute();
      return rows.map(toRow);
    },

    async countRows(jobId) {
      const counts = Object.fromEntries(ROW_STATUSES.map((status) => [status, 0])) as RowCounts;
      const groups = await db
        .selectFrom('bulk_rows')
        .select((eb) => ['status', eb.fn.countAll<string | number>().as('count')])
        .where('job_id', '=', jobId)
        .groupBy('status')
        .execute();
      for (const group of groups) counts[group.status as RowStatus] = Number(group.count);
      return counts;
    },

    async updateRows(jobId, rows, changes, at) {
      const values: Updateable<BulkRowsTable> = { updated_at: at.toISOString() };
      if (changes.status !== undefined) values.status = changes.status;
      if (changes.attempt !== undefined) values.attempt = changes.attempt;
      if (changes.residentId !== undefined) values.resident_id = changes.residentId;
      if (changes.reason !== undefined) values.reason = changes.reason;
      for (let start = 0; start < rows.length; start += UPDATE_SLICE) {
        await db
          .updateTable('bulk_rows')
          .set(values)
          .where('job_id', '=', jobId)
          .where('row_number', 'in', rows.slice(start, start + UPDATE_SLICE))
          .execute();
      }
    },

    async markSent(jobId, rows, attempt, at) {
      for (let start = 0; start < rows.length; start += UPDATE_SLICE) {
        await db
          .updateTable('bulk_rows')
          .set((eb) => ({
            status: 'sent',
            attempt,
            sends: eb('sends', '+', 1),
            updated_at: at.toISOString(),
          }))
          .where('job_id', '=', jobId)
          .where('row_number', 'in', rows.slice(start, start + UPDATE_SLICE))
          .execute();
      }
    },

    async settleRows(jobId, outcomes, at) {
      const updatedAt = at.toISOString();
      await db.transaction().execute(async (trx) => {
        for (const outcome of outcomes) {
          await trx
            .updateTable('bulk_rows')
            .set({
              status: outcome.status,
              resident_id: outcome.residentId ?? null,
              reason: outcome.reason ?? null,
              updated_at: updatedAt,
            })
            .where('job_id', '=', jobId)
            .where('row_number', '=', outcome.row)
            .execute();
        }
      });
    },

    async countUnfinished(filter) {
      const result = await db
        .selectFrom('bulk_jobs')
        .select((eb) => eb.fn.countAll<string | number>().as('count'))
        .where('status', '=', 'queued')
        .where('platform', '=', filter.platform)
        .where('confirmed_at', '>=', filter.since.toISOString())
        .executeTakeFirstOrThrow();
      return Number(result.count);
    },
  };
}

function newJobRow(job: NewBulkJob): BulkJobsTable {
  const at = job.createdAt.toISOString();
  return {
    id: job.id,
    kind: job.kind,
    status: 'preview',
    phase: 'submit',
    team_id: job.teamId,
    site_id: job.siteId,
    platform: job.address.platform,
    channel_id: job.address.channelId,
    conversation_key: `${job.address.platform}:${job.address.channelId}`,
    title: job.title,
    details: JSON.stringify(job.details),
    created_by: job.createdBy,
    created_at: at,
    expires_at: job.expiresAt.toISOString(),
    confirmed_by: null,
    confirmed_at: null,
    submissions: '[]',
    checks: 0,
    next_step_at: null,
    deadline_at: null,
    lease_owner: null,
    lease_until: null,
    post_attempts: 0,
    posted_at: null,
    progress_message: null,
    updated_at: at,
  };
}

function newRowRow(jobId: string, row: NewBulkRow, at: string): BulkRowsTable {
  return {
    job_id: jobId,
    row_number: row.row,
    status: row.status,
    attempt: 0,
    sends: 0,
    source: JSON.stringify(row.source),
    payload: row.payload === null ? null : JSON.stringify(row.payload),
    problems: row.problems.length === 0 ? null : JSON.stringify(row.problems),
    resident_id: null,
    reason: null,
    updated_at: at,
  };
}

function jobChanges(changes: JobChanges): Updateable<BulkJobsTable> {
  const values: Updateable<BulkJobsTable> = {};
  if (changes.status !== undefined) values.status = changes.status;
  if (changes.phase !== undefined) values.phase = changes.phase;
  if (changes.submissions !== undefined) values.submissions = JSON.stringify(changes.submissions);
  if (changes.checks !== undefined) values.checks = changes.checks;
  if (changes.nextStepAt !== undefined) values.next_step_at = iso(changes.nextStepAt);
  if (changes.deadlineAt !== undefined) values.deadline_at = iso(changes.deadlineAt);
  if (changes.postAttempts !== undefined) values.post_attempts = changes.postAttempts;
  if (changes.postedAt !== undefined) values.posted_at = iso(changes.postedAt);
  if (changes.leaseUntil !== undefined) values.lease_until = iso(changes.leaseUntil);
  if (changes.progressMessage !== undefined) {
    values.progress_message =
      changes.progressMessage === null ? null : JSON.stringify(changes.progressMessage);
  }
  return values;
}

function iso(date: Date | null): string | null {
  return date === null ? null : date.toISOString();
}

function date(text: string | null): Date | null {
  return text === null ? null : new Date(text);
}

function toJob(row: Selectable<BulkJobsTable>): BulkJob {
  return {
    id: row.id,
    kind: row.kind as BulkJob['kind'],
    status: row.status as BulkJob['status'],
    phase: row.phase as BulkJob['phase'],
    teamId: row.team_id,
    siteId: row.site_id,
    address: {
      platform: row.platform as BulkJob['address']['platform'],
      channelId: row.channel_id,
    },
    title: row.title,
    details: JSON.parse(row.details) as BulkJob['details'],
    createdBy: row.created_by,
    createdAt: new Date(row.created_at),
    expiresAt: new Date(row.expires_at),
    confirmedBy: row.confirmed_by,
    confirmedAt: date(row.confirmed_at),
    submissions: JSON.parse(row.submissions) as BulkJob['submissions'],
    checks: Number(row.checks),
    nextStepAt: date(row.next_step_at),
    deadlineAt: date(row.deadline_at),
    leaseOwner: row.lease_owner,
    leaseUntil: date(row.lease_until),
    postAttempts: Number(row.post_attempts),
    postedAt: date(row.posted_at),
    progressMessage:
      row.progress_message === null
        ? null
        : (JSON.parse(row.progress_message) as BulkJob['progressMessage']),
  };
}

function toRow(row: Selectable<BulkRowsTable>): BulkRow {
  return {
    jobId: row.job_id,
    row: Number(row.row_number),
    status: row.status as RowStatus,
    attempt: Number(row.attempt),
    sends: Number(row.sends),
    source: JSON.parse(row.source) as BulkRow['source'],
    payload: row.payload === null ? null : (JSON.parse(row.payload) as BulkRow['payload']),
    problems: row.problems === null ? [] : (JSON.parse(row.problems) as string[]),
    residentId: row.resident_id,
    reason: row.reason,
  };
}
