// Table shapes as kysely sees them. Instants are ISO-8601 UTC strings (`toISOString()`), which
// sort correctly as text on both SQLite and Postgres; JSON columns are text for the same reason.

export interface ProposalsTable {
  id: string;
  team_id: string;
  site_id: string;
  conversation_key: string;
  action: string;
  status: string;
  created_by: string;
  created_at: string;
  expires_at: string;
  decided_by: string | null;
  decided_at: string | null;
  outcome: string | null;
  undo_status: string | null;
  updated_at: string;
}

export interface ConversationsTable {
  key: string;
  state: string;
  updated_at: string;
}

/**
 * A conversation's site. `bound_by` is set while an approver has bound the conversation to the
 * site, and then the conversation acts on no other. Null means `use` chose a default only.
 */
export interface ChannelSitesTable {
  conversation_key: string;
  site_id: string;
  updated_at: string;
  bound_by: string | null;
  bound_at: string | null;
}

/** One platform delivery (an event, a click, a command) claimed for processing. */
export interface DeliveriesTable {
  key: string;
  status: string;
  claimed_at: string;
  expires_at: string;
}

export interface Database {
  proposals: ProposalsTable;
  conversations: ConversationsTable;
  channel_sites: ChannelSitesTable;
  deliveries: DeliveriesTable;
  conversation_references: ConversationReferencesTable;
  purge_checks: PurgeChecksTable;
}

/** A purge proposal whose second question ("Purge now?") was shown, so it may run. */
export interface PurgeChecksTable {
  proposal_id: string;
  checked_by: string;
  checked_at: string;
}

/** Where a platform can post into a conversation unasked; `reference` is the platform's JSON. */
export interface ConversationReferencesTable {
  conversation_key: string;
  reference: string;
  /** Set when the platform said the bot may no longer post there (removed, forbidden). */
  stale_at: string | null;
  updated_at: string;
}
