import { text, type Reply } from '../../../src/bot/replies.js';
import type { ChatFileImporter } from '../../../src/bulk/messages/chat-file-import.js';
import {
  downloadFailureReply,
  FileDownloadError,
} from '../../../src/bulk/messages/download-csv.js';
import type { Logger } from '../../../src/log.js';
import { teamsConversation } from '../conversation-keys.js';
import {
  downloadTeamsFile,
  isCsvAttachment,
  type TeamsFile,
  type TeamsFileAccess,
} from '../file-attachments.js';
import type { ConversationRef, TeamsActivity } from '../teams-connection.js';
import { actorOf, reportFailure, sendReplies, type TeamsContext } from './teams-context.js';

/** Dependencies of attachment imports besides the shared handler context. */
export interface TeamsFileImports {
  importer: ChatFileImporter;
  access: TeamsFileAccess;
}

async function importOne(
  context: TeamsContext,
  file: TeamsFile,
  activity: TeamsActivity,
  note: string,
  imports: TeamsFileImports,
  logger: Logger,
): Promise<Reply[]> {
  let csv: string;
  try {
    csv = await downloadTeamsFile(file, imports.access);
  } catch (error) {
    if (!(error instanceof FileDownloadError)) throw error;
    logger.warn({ reason: error.reason, status: error.status }, 'teams attachment not downloaded');
    return [text(downloadFailureReply(file.name, error))];
  }
  logger.info({ bytes: Buffer.byteLength(csv) }, 'teams attachment downloaded');

  return imports.importer(
    {
      actor: actorOf(activity, context.approvers),
      conversation: teamsConversation(activity.conversation.id),
      text: note,
    },
    { name: file.name, csv },
  );
}

function otherFilesReply(files: TeamsFile[]): Reply {
  const names = files.map((file) => file.name);
  const verdict =
    names.length === 1 ? `${names[0]} is not a CSV file` : `${names.join(', ')} are not CSV files`;
  return text(
    `Frontdesk imports residents from CSV files only, and ${verdict}. Save the list as "CSV UTF-8" and attach it again.`,
  );
}

/**
 * Previews each CSV attached to a message as a bulk import, or replies that only CSV files are
 * imported when none is. `note` is the message's text, which may name the site.
 */
export async function importAttachments(
  context: TeamsContext,
  imports: TeamsFileImports | null,
  activity: TeamsActivity,
  reference: ConversationRef,
  files: TeamsFile[],
  note: string,
  logger: Logger,
): Promise<'done' | 'failed'> {
  try {
    const csvFiles = files.filter(isCsvAttachment);
    let replies: Reply[];
    if (csvFiles.length === 0) {
      replies = [otherFilesReply(files)];
    } else if (imports === null) {
      replies = [text('Importing an attached CSV is not set up on this Frontdesk.')];
    } else {
      replies = [];
      for (const file of csvFiles) {
        replies.push(...(await importOne(context, file, activity, note, imports, logger)));
      }
    }
    await sendReplies(context, reference, replies);
    return 'done';
  } catch (error) {
    logger.error({ err: error }, 'teams attachment import failed');
    await reportFailure(context, reference, logger);
    return 'failed';
  }
}
