// Row shapes of the digest tables as kysely types them. Instants are ISO-8601 UTC text and flags
// are 0 or 1, so the same queries run on SQLite and Postgres.

/** One channel's digest subscription. A channel has at most one. */
export interface DigestSubscriptionsTable {
  id: string;
  conversation_key: string;
  platform: string;
  channel_id: string;
  /** JSON array of ElevenOS site ids. */
  site_ids: string;
  zone: string;
  /** Days of the week, "1,2,3,4,5", with 0 for Sunday. */
  days: string;
  /** Local wall time, "07:30". */
  time: string;
  window_days: number;
  include_move_outs: number;
  skip_if_empty: number;
  /** "active" or "paused". */
  status: string;
  /** Slots at or before this instant are never due: creation, resume and schedule changes. */
  active_from: string;
  created_by: string;
  created_at: string;
  updated_at: string;
  last_posted_at: string | null;
  /** Staff-facing reason the latest post failed for good, without names, or null once one works. */
  last_failure: string | null;
  last_failure_at: string | null;
}

/**
 * One scheduled slot or one "post now" request of a subscription. The primary key is the claim:
 * the worker that first inserts or updates a row owns that post.
 */
export interface DigestRunsTable {
  subscription_id: string;
  /** "scheduled" or "manual". */
  kind: string;
  /** The slot instant, or the instant "post now" was asked. */
  slot: string;
  /** pending, claimed, retrying, posted, empty, paused, missed or failed. */
  status: string;
  attempts: number;
  claimed_by: string | null;
  lease_until: string | null;
  retry_at: string | null;
  /** Error code or class name of the latest failure. Message text may contain names. */
  error_code: string | null;
  updated_at: string;
}

export type DigestTables = {
  digest_subscriptions: DigestSubscriptionsTable;
  digest_runs: DigestRunsTable;
};
