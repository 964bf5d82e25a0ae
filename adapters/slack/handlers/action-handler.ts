import type { App } from '@slack/bolt';

import { text } from '../../../src/bot/replies.js';
import type { Logger } from '../../../src/log.js';
import { FRONTDESK_ACTION } from '../block-kit/action-ids.js';
import { renderCard } from '../block-kit/card-blocks.js';
import { mention } from '../block-kit/mrkdwn.js';
import { withoutActions } from '../block-kit/settled-blocks.js';
import { deliverReplies, type ReplyTarget } from '../reply-delivery.js';
import { replaceClicked } from './clicked-message.js';
import { openEditModal } from './edit-handlers.js';
import {
  approverActor,
  runDelivery,
  slackConversation,
  tellUser,
  type HandlerContext,
} from './handler-context.js';
import { readClick, type Click } from './read-interaction.js';

/** Returns the note a card shows between a click that does not write and its outcome. */
function pendingNote(click: Click): string | null {
  if (click.id === 'answer') return `${mention(click.userId)} picked ${click.label}`;
  return null;
}

async function handleClick(context: HandlerContext, click: Click, logger: Logger): Promise<void> {
  const { clicked } = click;
  const target: ReplyTarget = {
    channelId: clicked.channelId,
    userId: click.userId,
    responseUrl: clicked.responseUrl,
    direct: false,
    ...(clicked.threadTs === undefined ? {} : { threadTs: clicked.threadTs }),
  };
  const writes = context.frontdesk.isWriteAction(click.id);
  const gated = writes || click.id === 'edit';
  if (gated && !(await context.approvers.mayConfirm(click.userId))) {
    logger.info(
      { userId: click.userId, actionId: click.id },
      'click rejected: user is not an approver',
    );
    await tellUser(context, target, context.approvers.refusal());
    return;
  }
  if (click.id === 'edit') {
    await openEditModal(context, click.triggerId, click.value, clicked);
    return;
  }

  // Writes show their working card only once the core says this click won: a losing click
  // (a double click, or the same card clicked in another process) must not repaint the card.
  const note = writes ? null : pendingNote(click);
  if (note !== null) {
    await replaceClicked(
      context.messenger,
      clicked,
      withoutActions(clicked.blocks, clicked.text, note),
      logger,
    );
  }
  const result = await context.frontdesk.handleAction({
    actor: await approverActor(context, click.userId),
    conversation: slackConversation(clicked.channelId),
    actionId: click.id,
    value: click.value,
    onWorking: (card) => replaceClicked(context.messenger, clicked, renderCard(card), logger),
  });
  const replies = [...result.replies];
  if (result.update !== null) {
    try {
      await replaceClicked(context.messenger, clicked, renderCard(result.update), logger);
    } catch (error) {
      // The action itself finished, so the user hears its outcome rather than "try again",
      // which could make them repeat a change that was made.
      logger.warn({ err: error, actionId: click.id }, 'card could not be updated after the action');
      replies.unshift(text(`${result.update.fallbackText} (The card above could not be updated.)`));
    }
  }
  await deliverReplies(context.messenger, target, replies);
}

/**
 * Button and select clicks on Frontdesk's cards. The click is acked at once; approvers are
 * checked before anything that writes; the card loses its buttons while the core works.
 */
export function registerActionHandler(app: App, context: HandlerContext): void {
  app.action(FRONTDESK_ACTION, async ({ ack, body, action }) => {
    await ack();
    if (body.type !== 'block_actions') return;
    const click = readClick(body, action);
    if (click === null) return;

    // A click is one user's action on one message at one instant; Slack repeats all three.
    const messageKey = click.clicked.ts ?? click.clicked.responseUrl;
    const key = `slack:action:${click.actionTs}:${click.userId}:${messageKey}`;
    const target: ReplyTarget = {
      channelId: click.clicked.channelId,
      userId: click.userId,
      responseUrl: click.clicked.responseUrl,
      direct: false,
    };
    await runDelivery(context, key, target, (logger) => handleClick(context, click, logger));
  });
}
