import type { App } from '@slack/bolt';

import { plainTextOf } from '../message-text.js';
import { deliverReplies, type ReplyTarget } from '../reply-delivery.js';
import {
  approverActor,
  runDelivery,
  slackConversation,
  type HandlerContext,
} from './handler-context.js';

export const SLASH_COMMAND = '/frontdesk';

/** Registers `/frontdesk <sentence>`: acked at once with an empty 200, replied to afterwards. */
export function registerCommandHandler(app: App, context: HandlerContext): void {
  app.command(SLASH_COMMAND, async ({ command, ack }) => {
    await ack();

    const target: ReplyTarget = {
      channelId: command.channel_id,
      userId: command.user_id,
      responseUrl: command.response_url,
      direct: false,
    };
    const text = command.text.trim() === '' ? 'help' : plainTextOf(command.text);
    await runDelivery(context, `slack:command:${command.trigger_id}`, target, async () => {
      const replies = await context.frontdesk.handleMessage({
        actor: await approverActor(context, command.user_id),
        conversation: slackConversation(command.channel_id),
        text,
      });
      await deliverReplies(context.messenger, target, replies);
    });
  });
}
