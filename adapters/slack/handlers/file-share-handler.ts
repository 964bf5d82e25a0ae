import type { App } from '@slack/bolt';

import { text, type Reply } from '../../../src/bot/replies.js';
import type { ChatFileImporter } from '../../../src/bulk/messages/chat-file-import.js';
import {
  downloadFailureReply,
  FileDownloadError,
} from '../../../src/bulk/messages/download-csv.js';
import { importTooLargeReason } from '../../../src/limits.js';
import type { Logger } from '../../../src/log.js';
import { downloadSlackFile, originOf, type SlackFileAccess } from '../file-download.js';
import { deliverReplies, type ReplyTarget } from '../reply-delivery.js';
import { isCsvFile, slackFilesOf, type SlackFile } from '../slack-files.js';
import {
  actorFor,
  runDelivery,
  slackConversation,
  type HandlerContext,
} from './handler-context.js';
import { withoutBotMention } from './message-handler.js';

/** Dependencies of the file-share listener besides the shared handler context. */
export interface SlackFileImports {
  importer: ChatFileImporter;
  access: SlackFileAccess;
}

/** One message that carries files, from a `message` (file_share) or an `app_mention` event. */
interface FileShare {
  channelId: string;
  userId: string;
  ts: string;
  threadTs: string | undefined;
  direct: boolean;
  mentioned: boolean;
  /** The message text without the bot's mention. */
  text: string;
  files: SlackFile[];
}

const IMPORT_WORDS = /^(?:please\s+)?import\b/i;

function describeNames(files: SlackFile[]): string {
  const names = files.map((file) => file.name);
  return names.length === 1
    ? `${names[0]} is not a CSV file`
    : `${names.join(', ')} are not CSV files`;
}

async function importOne(
  file: SlackFile,
  share: FileShare,
  imports: SlackFileImports,
  logger: Logger,
): Promise<Reply[]> {
  // Slack reports the size, so an oversized file is rejected without downloading any of it.
  const tooLarge = file.size === null ? null : importTooLargeReason(file.size);
  if (tooLarge !== null) return [text(`Could not import ${file.name}: ${tooLarge}`)];

  let csv: string;
  try {
    csv = await downloadSlackFile(file, imports.access);
  } catch (error) {
    if (!(error instanceof FileDownloadError)) throw error;
    const origin = file.downloadUrl === undefined ? null : originOf(file.downloadUrl);
    logger.warn(
      { fileId: file.id, reason: error.reason, status: error.status, origin },
      'slack file not downloaded',
    );
    return [text(downloadFailureReply(file.name, error))];
  }
  logger.info({ fileId: file.id, bytes: Buffer.byteLength(csv) }, 'slack file downloaded');

  return imports.importer(
    {
      actor: actorFor(share.userId),
      conversation: slackConversation(share.channelId),
      text: share.text,
    },
    { name: file.name, csv },
  );
}

/**
 * Replies to files that are not CSV. A command typed with them goes to the core as usual, and
 * anything else gets a line stating that only CSV files are imported.
 */
async function answerOtherFiles(context: HandlerContext, share: FileShare): Promise<Reply[]> {
  if (share.text !== '' && !IMPORT_WORDS.test(share.text)) {
    return context.frontdesk.handleMessage({
      actor: actorFor(share.userId),
      conversation: slackConversation(share.channelId),
      text: share.text,
    });
  }
  return [
    text(
      `Frontdesk imports residents from CSV files only, and ${describeNames(share.files)}. Save the list as "CSV UTF-8" and share it again.`,
    ),
  ];
}

async function onFileShare(
  context: HandlerContext,
  imports: SlackFileImports | null,
  share: FileShare,
): Promise<void> {
  const csvFiles = share.files.filter(isCsvFile);
  // Other files shared in a channel are ignored unless the message mentions Frontdesk.
  if (csvFiles.length === 0 && !share.direct && !share.mentioned) return;

  const target: ReplyTarget = {
    channelId: share.channelId,
    userId: share.userId,
    direct: share.direct,
    ...(share.direct
      ? share.threadTs === undefined
        ? {}
        : { threadTs: share.threadTs }
      : { threadTs: share.threadTs ?? share.ts }),
  };
  // A mention with a file arrives twice, as app_mention and as a message event, so the key is
  // the message's, not the event's.
  const key = `slack:file-share:${share.channelId}:${share.ts}`;
  await runDelivery(context, key, target, async (logger) => {
    let replies: Reply[];
    if (csvFiles.length === 0) {
      replies = await answerOtherFiles(context, share);
    } else if (imports === null) {
      replies = [text('Importing a shared CSV is not set up on this Frontdesk.')];
    } else {
      replies = [];
      for (const file of csvFiles) replies.push(...(await importOne(file, share, imports, logger)));
    }
    await deliverReplies(context.messenger, target, replies);
  });
}

/**
 * Registers file shares: a message with files in a DM or in a channel Frontdesk is in, and a
 * mention that carries files. CSV files are checked and previewed as a bulk import; nothing is
 * sent to ElevenOS before the preview's Send.
 */
export function registerFileShareHandler(
  app: App,
  context: HandlerContext,
  imports: SlackFileImports | null,
): void {
  app.event('app_mention', async ({ event, context: bolt }) => {
    const files = slackFilesOf(event);
    if (files.length === 0 || event.user === undefined || event.bot_id !== undefined) return;
    await onFileShare(context, imports, {
      channelId: event.channel,
      userId: event.user,
      ts: event.ts,
      threadTs: event.thread_ts,
      direct: false,
      mentioned: true,
      text: withoutBotMention(event.text, bolt.botUserId),
      files,
    });
  });

  app.message(async ({ message, context: bolt }) => {
    if (message.subtype !== 'file_share') return;
    // Bolt drops Frontdesk's own messages; files that other apps post are not staff imports.
    if ((message as { bot_id?: string }).bot_id !== undefined) return;
    const raw = message.text ?? '';
    await onFileShare(context, imports, {
      channelId: message.channel,
      userId: message.user,
      ts: message.ts,
      threadTs: message.thread_ts,
      direct: message.channel_type === 'im',
      mentioned: bolt.botUserId !== undefined && raw.includes(`<@${bolt.botUserId}`),
      text: withoutBotMention(raw, bolt.botUserId),
      files: slackFilesOf(message),
    });
  });
}
