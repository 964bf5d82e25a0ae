import type { Reply } from '../../src/bot/replies.js';
import { WEB_FILES_PATH, writeBulkFile } from '../../src/bulk/files/bulk-files.js';

/**
 * Writes each file reply into the folder the playground serves and puts a line with its title
 * and download path in its place. The page turns that path into a download link.
 */
export async function linkFileReplies(replies: Reply[]): Promise<Reply[]> {
  const linked: Reply[] = [];
  for (const reply of replies) {
    if (reply.kind !== 'file') {
      linked.push(reply);
      continue;
    }
    await writeBulkFile(reply.file.name, reply.file.content);
    linked.push({ kind: 'text', text: `${reply.file.title}: ${WEB_FILES_PATH}${reply.file.name}` });
  }
  return linked;
}
