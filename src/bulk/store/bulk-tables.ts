// Kysely table types of bulk jobs, used through `store.db.withTables<BulkTables>()`.
// Instants are ISO-8601 UTC text and JSON columns are text, as in the core's tables. They are type
// aliases because `withTables` needs shapes with an implicit index signature, which interfaces lack.

/** One import, move-out, termination or purge, from its preview to its posted result. */
export type BulkJobsTable = {
  id: string;
  /** import | move_out | terminate | purge */
  kind: string;
  /** preview | queued | done | cancelled */
  status: string;
  /** The worker's next step while queued: submit | check | post | posted. */
  phase: string;
  team_id: string;
  site_id: string;
  platform: string;
  channel_id: string;
  conversation_key: string;
  /** The file name of an import, or the scope of a termination such as "Riverside floor 2". */
  title: string;
  /** JSON: what the kind needs besides its rows, such as a move-out date. */
  details: string;
  created_by: string;
  created_at: string;
  expires_at: string;
  confirmed_by: string | null;
  confirmed_at: string | null;
  /** JSON list of submissions: attempt, instant, outcome and the ElevenOS job id. */
  submissions: string;
  checks: number;
  /** When the worker may take the next step; null means at once. */
  next_step_at: string | null;
  /** When the worker stops waiting for ElevenOS and reports what it has. */
  deadline_at: string | null;
  lease_owner: string | null;
  lease_until: string | null;
  post_attempts: number;
  posted_at: string | null;
  /** JSON: the progress message's reference and the state it shows; null until it is posted. */
  progress_message: string | null;
  updated_at: string;
};

/** One data row of an import, or one resident of a termination. */
export type BulkRowsTable = {
  job_id: string;
  row_number: number;
  /** ready | problem | sent | done | failed */
  status: string;
  /** The submission that last sent the row; 0 before any. */
  attempt: number;
  /** How many times the row was sent. */
  sends: number;
  /** JSON: the cells as read from the file, or the resident's name and unit. */
  source: string;
  /** JSON: what is sent for the row (a NewResident, or a resident id), null for problems. */
  payload: string | null;
  /** JSON list of plain-words problems found before sending. */
  problems: string | null;
  resident_id: string | null;
  /** The reason ElevenOS did not apply the row, in plain words. */
  reason: string | null;
  updated_at: string;
};

/** A conversation's open bulk question: a preview awaiting "yes", or a purge awaiting its count. */
export type BulkPendingTable = {
  conversation_key: string;
  job_id: string;
  /** send | count */
  expects: string;
  /** The user who clicked Purge, the only one whose typed count is taken; null for "send". */
  actor_id: string | null;
  updated_at: string;
};

export type BulkTables = {
  bulk_jobs: BulkJobsTable;
  bulk_rows: BulkRowsTable;
  bulk_pending: BulkPendingTable;
};
