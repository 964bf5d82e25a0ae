import { webApi } from '@slack/bolt';

import type { Reply, ReplyFile } from '../../src/bot/replies.js';
import { renderReply, renderText } from './block-kit/card-blocks.js';
import { filePreviewText } from './block-kit/file-preview.js';
import type { SlackMessage } from './block-kit/slack-types.js';
import type { SlackMessenger } from './slack-messenger.js';

/** Destination of the replies to one message, command or click; it stays in the adapter. */
export interface ReplyTarget {
  channelId: string;
  userId: string;
  /** Replies go into this thread (a mention's thread). */
  threadTs?: string;
  /** A slash command's or click's response_url: reaches channels the bot has not joined. */
  responseUrl?: string;
  /** A direct message with the bot, where nothing needs to be ephemeral. */
  direct: boolean;
}

/** Proposal cards are for every approver in the channel; other replies concern the asker only. */
function isPublic(reply: Reply): boolean {
  return (
    reply.kind === 'card' &&
    reply.card.actions.some((action) => action.id === 'confirm' || action.id === 'confirm_purge')
  );
}

const NOT_A_MEMBER = new Set(['not_in_channel', 'channel_not_found']);

function isNotAMember(error: unknown): boolean {
  if (!(error instanceof Error) || !('code' in error)) return false;
  if (error.code !== webApi.ErrorCode.PlatformError) return false;
  const data = (error as { data?: { error?: unknown } }).data;
  return typeof data?.error === 'string' && NOT_A_MEMBER.has(data.error);
}

async function postPublic(
  messenger: SlackMessenger,
  target: ReplyTarget,
  message: SlackMessage,
): Promise<void> {
  try {
    await messenger.post(target.channelId, message, target.threadTs);
  } catch (error) {
    // The bot may not be in a private channel; a command's response_url still reaches it.
    if (target.responseUrl === undefined || !isNotAMember(error)) throw error;
    await messenger.respond(target.responseUrl, message, 'in_channel');
  }
}

async function postPrivate(
  messenger: SlackMessenger,
  target: ReplyTarget,
  message: SlackMessage,
): Promise<void> {
  if (target.responseUrl !== undefined) {
    // A response_url that rejects the post (expired, used up) falls back to chat.postEphemeral.
    await messenger.respond(target.responseUrl, message, 'ephemeral', target);
    return;
  }
  await messenger.postEphemeral(target.channelId, target.userId, message, target.threadTs);
}

/** Uploads a file; where the bot is not a member, lists its first rows to the asker instead. */
async function uploadOrList(
  messenger: SlackMessenger,
  target: ReplyTarget,
  file: ReplyFile,
): Promise<void> {
  try {
    await messenger.upload(target.channelId, file, target.threadTs);
  } catch (error) {
    if (!isNotAMember(error)) throw error;
    await postPrivate(messenger, target, renderText(filePreviewText(file)));
  }
}

/**
 * Sends the core's replies in order: proposal cards to the channel, files into the conversation,
 * the rest to the asker.
 */
export async function deliverReplies(
  messenger: SlackMessenger,
  target: ReplyTarget,
  replies: Reply[],
): Promise<void> {
  for (const reply of replies) {
    if (reply.kind === 'file') {
      // NOTE: Slack has no ephemeral files, so a file asked for in a channel is shared with the
      // channel (or the thread), the same people who see the job's result there.
      await uploadOrList(messenger, target, reply.file);
      continue;
    }
    const message = renderReply(reply);
    if (target.direct) await messenger.post(target.channelId, message, target.threadTs);
    else if (isPublic(reply)) await postPublic(messenger, target, message);
    else await postPrivate(messenger, target, message);
  }
}
