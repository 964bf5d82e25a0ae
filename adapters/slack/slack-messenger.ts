import type { webApi } from '@slack/bolt';

import type { ReplyFile } from '../../src/bot/replies.js';
import type { ChannelPacer } from './channel-pacer.js';
import { uploadFile } from './file-upload.js';
import { SlackDeliveryError } from './slack-errors.js';
import type { HomeView, ModalView, SlackMessage } from './block-kit/slack-types.js';

/** Every Web API call and response_url post the adapter makes, paced per channel. */
export interface SlackMessenger {
  /** Posts a message visible to the channel; returns its ts. */
  post(channelId: string, message: SlackMessage, threadTs?: string): Promise<string | null>;
  postEphemeral(
    channelId: string,
    userId: string,
    message: SlackMessage,
    threadTs?: string,
  ): Promise<void>;
  update(channelId: string, ts: string, message: SlackMessage): Promise<void>;
  /** Uploads a file into the channel, or into the thread at `threadTs`. */
  upload(channelId: string, file: ReplyFile, threadTs?: string): Promise<void>;
  /**
   * Posts to an interaction's response_url, which also reaches ephemeral messages. A 429 is
   * waited out. When the URL refuses the post (expired, or a server error) and `fallback` is
   * given, an ephemeral or channel message goes to the user there instead.
   */
  respond(
    responseUrl: string,
    message: SlackMessage,
    mode: ResponseMode,
    fallback?: FallbackTarget,
  ): Promise<void>;
  openView(triggerId: string, view: ModalView): Promise<{ id: string; hash: string } | null>;
  updateView(viewId: string, view: ModalView): Promise<void>;
  publishHome(userId: string, view: HomeView): Promise<void>;
}

export type ResponseMode = 'ephemeral' | 'in_channel' | 'replace_original';

/** Fallback destination of a reply whose response_url rejects it. */
export interface FallbackTarget {
  channelId: string;
  userId: string;
  threadTs?: string;
}

/** Rate-limited response_url posts waited out before the post fails. */
const RESPONSE_URL_RATE_LIMIT_RETRIES = 3;
/** Wait when a 429 from a response_url has no readable Retry-After. */
const DEFAULT_RETRY_AFTER_SECONDS = 1;

export function createSlackMessenger(options: {
  client: webApi.WebClient;
  pacer: ChannelPacer;
  fetch: typeof globalThis.fetch;
  sleep?: (ms: number) => Promise<void>;
}): SlackMessenger {
  const { client, pacer } = options;
  const sleep =
    options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));

  async function postToResponseUrl(responseUrl: string, body: unknown): Promise<void> {
    for (let attempt = 0; ; attempt += 1) {
      const response = await options.fetch(responseUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      // Read the body so the connection is released before the handler finishes.
      await response.text();
      if (response.ok) return;
      const retryAfter = retryAfterSeconds(response);
      if (response.status !== 429 || attempt >= RESPONSE_URL_RATE_LIMIT_RETRIES) {
        throw new SlackDeliveryError(response.status, retryAfter);
      }
      await sleep(retryAfter * 1000);
    }
  }

  const messenger: SlackMessenger = {
    async post(channelId, message, threadTs) {
      const result = await pacer.send(channelId, () =>
        client.chat.postMessage({
          channel: channelId,
          text: message.text,
          blocks: message.blocks,
          ...(threadTs === undefined ? {} : { thread_ts: threadTs }),
        }),
      );
      return result.ts ?? null;
    },
    async postEphemeral(channelId, userId, message, threadTs) {
      await pacer.send(channelId, () =>
        client.chat.postEphemeral({
          channel: channelId,
          user: userId,
          text: message.text,
          blocks: message.blocks,
          ...(threadTs === undefined ? {} : { thread_ts: threadTs }),
        }),
      );
    },
    async update(channelId, ts, message) {
      await pacer.send(channelId, () =>
        client.chat.update({ channel: channelId, ts, text: message.text, blocks: message.blocks }),
      );
    },
    async upload(channelId, file, threadTs) {
      await pacer.send(channelId, () => uploadFile(client, channelId, file, threadTs));
    },
    async respond(responseUrl, message, mode, fallback) {
      const body =
        mode === 'replace_original'
          ? { ...message, replace_original: true }
          : { ...message, response_type: mode, replace_original: false };
      try {
        await postToResponseUrl(responseUrl, body);
      } catch (error) {
        // Only a refusal is known not to have been shown; a dropped connection may have been.
        if (fallback === undefined || mode === 'replace_original') throw error;
        if (!(error instanceof SlackDeliveryError)) throw error;
        if (mode === 'ephemeral') {
          const { channelId, userId, threadTs } = fallback;
          await messenger.postEphemeral(channelId, userId, message, threadTs);
        } else {
          await messenger.post(fallback.channelId, message, fallback.threadTs);
        }
      }
    },
    async openView(triggerId, view) {
      const result = await client.views.open({ trigger_id: triggerId, view });
      const opened = result.view;
      return opened?.id === undefined || opened.hash === undefined
        ? null
        : { id: opened.id, hash: opened.hash };
    },
    async updateView(viewId, view) {
      await client.views.update({ view_id: viewId, view });
    },
    async publishHome(userId, view) {
      await client.views.publish({ user_id: userId, view });
    },
  };
  return messenger;
}

function retryAfterSeconds(response: Response): number {
  const header = response.headers.get('retry-after');
  const seconds = header === null ? Number.NaN : Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : DEFAULT_RETRY_AFTER_SECONDS;
}
