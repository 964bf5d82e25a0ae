import type { Kysely } from 'kysely';

import type { Database } from './schema.js';
import type { Proposal, ProposalOutcome, ProposalStatus } from '../proposals/types.js';

/** Outcome of an attempt to move a proposal from one status to another. */
export type Transition =
  { applied: true; proposal: Proposal } | { applied: false; proposal: Proposal | null };

export interface StoredConversationReference {
  conversationKey: string;
  /** The platform's own JSON, opaque to the core. */
  reference: string;
  /** When the platform refused a post there, or null while the reference works. */
  staleAt: Date | null;
  updatedAt: Date;
}

/** The site a conversation works on, and whether an approver bound it there. */
export interface ChannelSite {
  siteId: string;
  /** Display name of the approver who bound the conversation, or null for a `use` default. */
  boundBy: string | null;
  boundAt: Date | null;
}

export interface DeliveryClaim {
  at: Date;
  ttlMs: number;
  leaseMs: number;
}

/**
 * Frontdesk's durable state. Every state change that guards an ElevenOS write is a single
 * conditional update, so two clicks, two processes or a retried delivery cannot both win.
 */
export interface Store {
  createProposal(proposal: Proposal): Promise<void>;
  getProposal(id: string): Promise<Proposal | null>;
  /**
   * Moves a proposal to `to` only if its status is one of `from` and, when `notExpiredAt` is
   * given, it has not expired by then. Records who decided and when.
   */
  transitionProposal(
    id: string,
    change: {
      from: ProposalStatus[];
      to: ProposalStatus;
      actor?: string;
      at: Date;
      notExpiredAt?: Date;
      /** Also takes a proposal left in `working` since before this instant by a crashed run. */
      orWorkingSince?: Date;
      outcome?: ProposalOutcome | null;
    },
  ): Promise<Transition>;
  /** Claims the undo of a done proposal once, only while `decidedAfter` is before its decision. */
  claimUndo(id: string, decidedAfter: Date, at: Date): Promise<Transition>;
  finishUndo(
    id: string,
    status: 'done' | 'failed',
    outcome: ProposalOutcome,
    at: Date,
  ): Promise<void>;

  /** Records that a purge's second question was shown; showing it again changes nothing. */
  recordPurgeCheck(proposalId: string, actor: string, at: Date): Promise<void>;
  /** Whether a purge's second question was shown, which its "Yes, purge" click requires. */
  hasPurgeCheck(proposalId: string): Promise<boolean>;

  getConversation(key: string): Promise<unknown>;
  saveConversation(key: string, state: unknown, at: Date): Promise<void>;
  clearConversation(key: string): Promise<void>;

  getChannelSite(conversationKey: string): Promise<string | null>;
  getChannelBinding(conversationKey: string): Promise<ChannelSite | null>;
  /**
   * Sets the default site of a conversation that is not bound. Returns false, changing nothing,
   * when the conversation is bound, so a `use` that races a bind cannot move the binding.
   */
  setChannelSite(conversationKey: string, siteId: string, at: Date): Promise<boolean>;
  /** Binds a conversation to a site, replacing its default or an earlier binding. */
  bindChannel(conversationKey: string, siteId: string, actor: string, at: Date): Promise<void>;
  /**
   * Lifts a binding and keeps its site as the conversation's default. Returns the site it was
   * bound to, or null when it was not bound.
   */
  unbindChannel(conversationKey: string, at: Date): Promise<string | null>;
  /** Every conversation with a site whose key starts with `prefix`, such as "slack:". */
  listChannelSites(
    prefix: string,
  ): Promise<{ conversationKey: string; siteId: string; boundBy: string | null }[]>;

  /**
   * Claims a platform delivery for processing, so a redelivered event runs once across
   * processes. Returns false while another run has the claim (until `leaseMs` after it was
   * taken) and after a run finished it as done (until `ttlMs` after the claim). A delivery
   * finished as failed can be claimed again.
   */
  claimDelivery(key: string, claim: DeliveryClaim): Promise<boolean>;
  finishDelivery(key: string, status: 'done' | 'failed', at: Date): Promise<void>;

  /**
   * Saves where a platform can post into a conversation without being asked (digests, job
   * results). Saving again replaces the reference and clears a stale mark.
   */
  saveConversationReference(conversationKey: string, reference: string, at: Date): Promise<void>;
  getConversationReference(conversationKey: string): Promise<StoredConversationReference | null>;
  /** Marks a reference the platform refused (bot removed, no access), so posts skip it. */
  markConversationReferenceStale(conversationKey: string, at: Date): Promise<void>;
  deleteConversationReference(conversationKey: string): Promise<void>;

  /**
   * The database behind the store, for features that keep their own tables (bulk jobs, digests,
   * audit) with their own typed queries.
   */
  readonly db: Kysely<Database>;

  close(): Promise<void>;
}
