import type { App } from '@slack/bolt';

import { plainTextOf } from '../message-text.js';
import { deliverReplies, type ReplyTarget } from '../reply-delivery.js';
import { slackFilesOf } from '../slack-files.js';
import {
  approverActor,
  runDelivery,
  slackConversation,
  type HandlerContext,
} from './handler-context.js';

/** Removes mentions of the bot, so "@Frontdesk move in …" reads as "move in …". */
export function withoutBotMention(text: string, botUserId: string | undefined): string {
  const pattern =
    botUserId === undefined ? /<@[UW][A-Z0-9]+>/ : new RegExp(`<@${botUserId}(\\|[^>]*)?>`, 'g');
  return text.replace(pattern, ' ').replace(/\s+/g, ' ').trim();
}

interface IncomingText {
  eventId: string;
  channelId: string;
  userId: string;
  text: string;
  threadTs: string | undefined;
  direct: boolean;
}

async function answer(context: HandlerContext, incoming: IncomingText): Promise<void> {
  const target: ReplyTarget = {
    channelId: incoming.channelId,
    userId: incoming.userId,
    direct: incoming.direct,
    ...(incoming.threadTs === undefined ? {} : { threadTs: incoming.threadTs }),
  };
  const text = incoming.text === '' ? 'help' : plainTextOf(incoming.text);
  await runDelivery(context, `slack:event:${incoming.eventId}`, target, async () => {
    const replies = await context.frontdesk.handleMessage({
      actor: await approverActor(context, incoming.userId),
      conversation: slackConversation(incoming.channelId),
      text,
    });
    await deliverReplies(context.messenger, target, replies);
  });
}

/**
 * Registers mentions in channels (replied to in the mention's thread) and direct messages. Bolt
 * acks events before listeners run, and the event_id dedupes Slack's redeliveries.
 */
export function registerMessageHandlers(app: App, context: HandlerContext): void {
  app.event('app_mention', async ({ event, body, context: bolt }) => {
    if (event.user === undefined || event.bot_id !== undefined) return;
    // A mention that carries files is the file-share handler's.
    if (slackFilesOf(event).length > 0) return;
    await answer(context, {
      eventId: body.event_id,
      channelId: event.channel,
      userId: event.user,
      text: withoutBotMention(event.text, bolt.botUserId),
      threadTs: event.thread_ts ?? event.ts,
      direct: false,
    });
  });

  app.message(async ({ message, body, context: bolt }) => {
    // Only plain messages people type in a DM: no edits, joins or bot posts.
    if (message.channel_type !== 'im' || message.subtype !== undefined) return;
    if (message.bot_id !== undefined || message.user === undefined) return;
    await answer(context, {
      eventId: body.event_id,
      channelId: message.channel,
      userId: message.user,
      text: withoutBotMention(message.text ?? '', bolt.botUserId),
      threadTs: message.thread_ts,
      direct: true,
    });
  });
}
