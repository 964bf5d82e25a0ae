import type { Logger } from '../../../src/log.js';
import type { SlackMessage } from '../block-kit/slack-types.js';
import type { SlackMessenger } from '../slack-messenger.js';

/** The message a button sat on, and how to replace it. */
export interface ClickedMessage {
  channelId: string;
  /** Set for a message in the channel; ephemeral messages have no ts that chat.update accepts. */
  ts: string | null;
  threadTs: string | undefined;
  responseUrl: string;
  blocks: unknown;
  text: string;
}

/**
 * Replaces the clicked message: chat.update for a channel message, its response_url for an
 * ephemeral one or when the update is refused (a message posted through a response_url).
 */
export async function replaceClicked(
  messenger: SlackMessenger,
  clicked: ClickedMessage,
  message: SlackMessage,
  logger: Logger,
): Promise<void> {
  if (clicked.ts !== null) {
    try {
      await messenger.update(clicked.channelId, clicked.ts, message);
      return;
    } catch (error) {
      logger.warn({ err: error }, 'chat.update failed; replacing through the response_url');
    }
  }
  await messenger.respond(clicked.responseUrl, message, 'replace_original');
}
