import type { ConversationAddress } from '../../bot/replies.js';
import type { NewResident } from '../../elevenos/types.js';
import type { ImportCells } from '../csv/columns.js';

export type BulkKind = 'import' | 'move_out' | 'terminate' | 'purge';
export type BulkStatus = 'preview' | 'queued' | 'done' | 'cancelled';
/** The worker's next step: send rows, read ElevenOS back, post the result, nothing. */
export type BulkPhase = 'submit' | 'check' | 'post' | 'posted';
export type RowStatus = 'ready' | 'problem' | 'sent' | 'done' | 'failed';

export const ROW_STATUSES: readonly RowStatus[] = ['ready', 'problem', 'sent', 'done', 'failed'];

/** One request that sent rows to ElevenOS, and what came of it. */
export interface Submission {
  attempt: number;
  /** When it was sent, ISO-8601. */
  at: string;
  /** `unknown` until ElevenOS returned 202, and for good after a 5xx or a timeout. */
  outcome: 'accepted' | 'unknown' | 'rejected';
  elevenOsJobId: string | null;
  rows: number;
}

export interface BulkJobDetails {
  /** Move-outs: the site-local move-out date and the instant sent as each deactivation. */
  endDate?: string;
  deactivationUtc?: string;
  /** Plain-words notes for the preview, such as residents that were left out and why. */
  notes?: string[];
  /** Imports: the columns of the file that Frontdesk ignored. */
  ignoredColumns?: string[];
}

/** The message that shows a running job's progress, and the state it shows now. */
export interface ProgressMessage {
  /** The poster's reference to the message; null when posting it failed, so it is not tried again. */
  ref: string | null;
  /** State the message shows, such as `check:12`, so updates that change nothing are skipped. */
  state: string;
}

export interface BulkJob {
  id: string;
  kind: BulkKind;
  status: BulkStatus;
  phase: BulkPhase;
  teamId: string;
  siteId: string;
  address: ConversationAddress;
  title: string;
  details: BulkJobDetails;
  createdBy: string;
  createdAt: Date;
  expiresAt: Date;
  confirmedBy: string | null;
  confirmedAt: Date | null;
  submissions: Submission[];
  checks: number;
  nextStepAt: Date | null;
  deadlineAt: Date | null;
  leaseOwner: string | null;
  leaseUntil: Date | null;
  postAttempts: number;
  postedAt: Date | null;
  progressMessage: ProgressMessage | null;
}

/** The origin of a row: file cells, or an existing resident picked by a sentence. */
export type RowSource =
  { kind: 'file'; cells: ImportCells } | { kind: 'resident'; name: string; unit: string };

/** The data the worker sends for a row. */
export type RowPayload =
  { kind: 'new_resident'; resident: NewResident } | { kind: 'resident'; residentId: string };

export interface BulkRow {
  jobId: string;
  row: number;
  status: RowStatus;
  /** The submission that last sent the row; 0 before any. */
  attempt: number;
  /** How many times the row was sent. */
  sends: number;
  source: RowSource;
  payload: RowPayload | null;
  problems: string[];
  residentId: string | null;
  reason: string | null;
}

export type NewBulkJob = Pick<
  BulkJob,
  | 'id'
  | 'kind'
  | 'teamId'
  | 'siteId'
  | 'address'
  | 'title'
  | 'details'
  | 'createdBy'
  | 'createdAt'
  | 'expiresAt'
>;

export type NewBulkRow = Pick<BulkRow, 'row' | 'status' | 'source' | 'payload' | 'problems'>;

export type RowCounts = Record<RowStatus, number>;
