import type { Frontdesk } from '../../../src/bot/frontdesk.js';
import type { Actor, ConversationAddress } from '../../../src/bot/replies.js';
import type { Logger } from '../../../src/log.js';
import type { ApproverPolicy } from '../approver-policy.js';
import { renderText } from '../block-kit/card-blocks.js';
import { mention } from '../block-kit/mrkdwn.js';
import type { DeliveryGuard } from '../delivery-guard.js';
import type { HomeSource } from '../home-source.js';
import type { ReplyTarget } from '../reply-delivery.js';
import type { SlackMessenger } from '../slack-messenger.js';
import type { WorkTracker } from '../../../src/ops/work-tracker.js';

/** Dependencies every Slack listener shares. */
export interface HandlerContext {
  frontdesk: Frontdesk;
  messenger: SlackMessenger;
  approvers: ApproverPolicy;
  deliveries: DeliveryGuard;
  work: WorkTracker;
  home: HomeSource;
  logger: Logger;
  /** How long a modal submission waits for the core before it must reply to Slack. */
  editDeadlineMs: number;
}

export const GENERIC_FAILURE =
  'Something went wrong on my side, so I could not finish that. Try again, or type "help".';

export function actorFor(userId: string): Actor {
  return { id: userId, displayName: mention(userId) };
}

/** Returns the actor with the approver policy's verdict, which the core needs to bind channels. */
export async function approverActor(context: HandlerContext, userId: string): Promise<Actor> {
  if (!context.approvers.configured) return actorFor(userId);
  return {
    ...actorFor(userId),
    approval: {
      approver: await context.approvers.mayConfirm(userId),
      approvers: context.approvers.approvers(),
    },
  };
}

export function slackConversation(channelId: string): ConversationAddress {
  return { platform: 'slack', channelId };
}

/** Sends one private line to the asker: by response_url when there is one, else ephemeral. */
export async function tellUser(
  context: HandlerContext,
  target: ReplyTarget,
  text: string,
): Promise<void> {
  const message = renderText(text);
  if (target.responseUrl !== undefined) {
    await context.messenger.respond(target.responseUrl, message, 'ephemeral', target);
  } else if (target.direct) {
    await context.messenger.post(target.channelId, message, target.threadTs);
  } else {
    await context.messenger.postEphemeral(
      target.channelId,
      target.userId,
      message,
      target.threadTs,
    );
  }
}

/**
 * Runs a delivery's work after the ack: once per delivery key, counted for shutdown, with a
 * failure logged and reported to the requester in plain words. Resolves when the work is over,
 * so a handler returns only after its last outbound call.
 */
export async function runDelivery(
  context: HandlerContext,
  key: string,
  target: ReplyTarget,
  work: (logger: Logger) => Promise<void>,
): Promise<void> {
  const logger = context.logger.child({ deliveryKey: key });
  await context.work.run(async () => {
    try {
      await context.deliveries.once(key, () => work(logger));
    } catch (error) {
      logger.error({ err: error }, 'slack delivery failed');
      await tellUser(context, target, GENERIC_FAILURE).catch((tellError: unknown) =>
        logger.warn({ err: tellError }, 'failure notice could not be sent'),
      );
    }
  });
}
