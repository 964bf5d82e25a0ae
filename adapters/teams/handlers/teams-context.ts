import type { Frontdesk } from '../../../src/bot/frontdesk.js';
import type { Actor, Reply } from '../../../src/bot/replies.js';
import type { Logger } from '../../../src/log.js';
import type { Store } from '../../../src/store/store.js';
import type { WorkTracker } from '../../../src/ops/work-tracker.js';
import type { TeamsApproverPolicy } from '../approver-policy.js';
import type { CardSeal } from '../cards/card-seal.js';
import type { MessageUpdates } from '../message-updates.js';
import { withoutActivityId, type ReferenceBook } from '../reference-book.js';
import { replyActivity } from '../reply-activity.js';
import type { ConversationRef, TeamsActivity, TeamsConnection } from '../teams-connection.js';

/** Dependencies every Teams handler shares. */
export interface TeamsContext {
  frontdesk: Frontdesk;
  connection: TeamsConnection;
  references: ReferenceBook;
  store: Store;
  seal: CardSeal;
  work: WorkTracker;
  updates: MessageUpdates;
  logger: Logger;
  now: () => Date;
  /** How long a card click waits for the core before Teams gets a "working" card instead. */
  actionDeadlineMs: number;
  /** The approver list (TEAMS_APPROVERS) of users who may confirm writes and bind channels. */
  approvers: TeamsApproverPolicy;
}

export const GENERIC_FAILURE =
  'Something went wrong on my side, so I could not finish that. Try again, or type "help".';

/**
 * Returns who sent the activity. With an approver policy, the actor also carries its verdict,
 * which the core needs to bind channels.
 */
export function actorOf(activity: TeamsActivity, approvers?: TeamsApproverPolicy): Actor {
  const id = activity.from?.aadObjectId ?? activity.from?.id ?? 'unknown';
  const actor: Actor = { id, displayName: activity.from?.name ?? 'someone' };
  if (approvers === undefined || !approvers.configured) return actor;
  return {
    ...actor,
    approval: { approver: approvers.mayConfirm(activity.from), approvers: approvers.approvers() },
  };
}

/** Returns where replies go: the activity's conversation or channel thread, as new messages. */
export function replyReference(reference: ConversationRef): ConversationRef {
  return withoutActivityId(reference);
}

/** Posts replies in order; stops at the first that Teams does not take and rethrows it. */
export async function sendReplies(
  context: TeamsContext,
  reference: ConversationRef,
  replies: Reply[],
): Promise<void> {
  for (const reply of replies) {
    await context.connection.send(replyReference(reference), replyActivity(reply, context.seal));
  }
}

/** Tells the conversation that something failed, logging instead when even that fails. */
export async function reportFailure(
  context: TeamsContext,
  reference: ConversationRef,
  logger: Logger,
): Promise<void> {
  await sendReplies(context, reference, [{ kind: 'text', text: GENERIC_FAILURE }]).catch(
    (error: unknown) => logger.warn({ err: error }, 'failure notice could not be sent'),
  );
}
