import type { Reply } from '../../src/bot/replies.js';
import { BULK_FILES_DIRECTORY, writeBulkFile } from '../../src/bulk/files/bulk-files.js';

export type MessageReply = Exclude<Reply, { kind: 'file' }>;

/** Writes each file reply under `directory` and puts a line with its title and path in its place. */
export async function saveFileReplies(
  replies: Reply[],
  directory = BULK_FILES_DIRECTORY,
): Promise<MessageReply[]> {
  const saved: MessageReply[] = [];
  for (const reply of replies) {
    if (reply.kind !== 'file') {
      saved.push(reply);
      continue;
    }
    const path = await writeBulkFile(reply.file.name, reply.file.content, directory);
    saved.push({ kind: 'text', text: `${reply.file.title}: ${path}` });
  }
  return saved;
}
