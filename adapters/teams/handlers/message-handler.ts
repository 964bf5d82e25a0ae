import type { Logger } from '../../../src/log.js';
import { teamsConversation } from '../conversation-keys.js';
import { isCsvAttachment, teamsFilesOf } from '../file-attachments.js';
import { commandText } from '../message-text.js';
import type { ConversationRef, TeamsActivity } from '../teams-connection.js';
import { importAttachments, type TeamsFileImports } from './attachment-import.js';
import { actorOf, reportFailure, sendReplies, type TeamsContext } from './teams-context.js';

/** A delivery stays claimed this long, so a redelivery within it is dropped. */
const DELIVERY_TTL_MS = 24 * 60 * 60_000;
/** A claim whose process died is taken over after this long. */
const DELIVERY_LEASE_MS = 5 * 60_000;

const IMPORT_WORDS = /^(?:please\s+)?import\b/i;

async function answer(
  context: TeamsContext,
  activity: TeamsActivity,
  reference: ConversationRef,
  text: string,
  logger: Logger,
): Promise<'done' | 'failed'> {
  try {
    const replies = await context.frontdesk.handleMessage({
      actor: actorOf(activity, context.approvers),
      conversation: teamsConversation(activity.conversation.id),
      text,
    });
    await sendReplies(context, reference, replies);
    return 'done';
  } catch (error) {
    logger.error({ err: error }, 'teams message failed');
    await reportFailure(context, reference, logger);
    return 'failed';
  }
}

/**
 * A message in a personal chat, or an @mention in a channel or group chat. The request is
 * answered at once; the core's replies follow as new messages, so a slow ElevenOS call never
 * holds the Bot Connector's request open. Attached files, which Teams delivers in personal chats
 * only, go to `files`: a CSV becomes a bulk import preview.
 */
export async function onMessage(
  context: TeamsContext,
  activity: TeamsActivity,
  reference: ConversationRef,
  files: TeamsFileImports | null = null,
): Promise<void> {
  await context.references.remember(reference);
  const text = commandText(activity);
  const attached = teamsFilesOf(activity);
  if ((text === '' && attached.length === 0) || activity.from?.id === activity.recipient?.id) {
    return;
  }
  // A command typed with a file that is not a CSV still goes to the core as a command.
  const importing =
    attached.some(isCsvAttachment) ||
    (attached.length > 0 && (text === '' || IMPORT_WORDS.test(text)));

  const key = `teams:message:${activity.conversation.id}:${activity.id ?? ''}`;
  const logger = context.logger.child({ deliveryKey: key });
  const claimed = await context.store.claimDelivery(key, {
    at: context.now(),
    ttlMs: DELIVERY_TTL_MS,
    leaseMs: DELIVERY_LEASE_MS,
  });
  if (!claimed) {
    logger.info('teams message already handled; redelivery dropped');
    return;
  }

  void context.work.run(async () => {
    const status = importing
      ? await importAttachments(context, files, activity, reference, attached, text, logger)
      : await answer(context, activity, reference, text, logger);
    await context.store
      .finishDelivery(key, status, context.now())
      .catch((error: unknown) => logger.warn({ err: error }, 'delivery status not saved'));
  });
}
