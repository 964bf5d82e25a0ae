import type { webApi } from '@slack/bolt';

import type { ReplyFile } from '../../src/bot/replies.js';

/**
 * Uploads a file reply with the WebClient's files.uploadV2, which calls
 * files.getUploadURLExternal, posts the bytes to the returned upload URL and shares the file with
 * files.completeUploadExternal. Needs the files:write scope.
 */
export async function uploadFile(
  client: webApi.WebClient,
  channelId: string,
  file: ReplyFile,
  threadTs?: string,
): Promise<void> {
  const upload = { content: file.content, filename: file.name, title: file.title };
  if (threadTs === undefined) {
    await client.filesUploadV2({ ...upload, channel_id: channelId });
    return;
  }
  await client.filesUploadV2({ ...upload, channel_id: channelId, thread_ts: threadTs });
}
