import type { webApi } from '@slack/bolt';

import type { ChannelPacer } from './channel-pacer.js';
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
  /** Posts to an interaction's response_url, which also reaches ephemeral messages. */
  respond(responseUrl: string, message: SlackMessage, mode: ResponseMode): Promise<void>;
  openView(triggerId: string, view: ModalView): Promise<{ id: string; hash: string } | null>;
  updateView(viewId: string, view: ModalView): Promise<void>;
  publishHome(userId: string, view: HomeView): Promise<void>;
}

export type ResponseMode = 'ephemeral' | 'in_channel' | 'replace_original';

export function createSlackMessenger(options: {
  client: webApi.WebClient;
  pacer: ChannelPacer;
  fetch: typeof globalThis.fetch;
}): SlackMessenger {
  const { client, pacer } = options;

  return {
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
    async respond(responseUrl, message, mode) {
      const body =
        mode === 'replace_original'
          ? { ...message, replace_original: true }
          : { ...message, response_type: mode, replace_original: false };
      const response = await options.fetch(responseUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      // Read the body so the connection is released before the handler finishes.
      await response.text();
      if (!response.ok) throw new SlackDeliveryError(response.status);
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
}
