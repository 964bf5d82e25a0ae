import type { ConversationRef, TeamsActivity } from '../teams-connection.js';
import type { TeamsContext } from './teams-context.js';

/**
 * Keeps conversation references in step with where the bot is installed: saved when the bot is
 * added to a team, chat or personal scope, removed when it is taken out. Digests and job
 * results can then reach a conversation before anyone writes there.
 */
export async function onMembershipChange(
  context: TeamsContext,
  activity: TeamsActivity,
  reference: ConversationRef,
): Promise<void> {
  const botId = activity.recipient?.id;
  const conversationId = activity.conversation.id;

  if (activity.type === 'installationUpdate') {
    if (activity.action?.startsWith('remove') === true)
      await context.references.forget(conversationId);
    else await context.references.remember(reference);
    return;
  }
  if (activity.membersRemoved?.some((member) => member.id === botId) === true) {
    await context.references.forget(conversationId);
    return;
  }
  if (activity.membersAdded?.some((member) => member.id === botId) === true) {
    await context.references.remember(reference);
  }
}
