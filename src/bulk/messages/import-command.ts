import { stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, resolve } from 'node:path';

import type { ExtensionContext } from '../../bot/extension.js';
import { conversationKey, text, type IncomingMessage, type Reply } from '../../bot/replies.js';
import { checkImportSource, type CheckedImport } from '../check/check-import-source.js';
import { folderProblem } from '../check/folder-problem.js';
import { isReady } from '../check/import-row.js';
import { BulkFileError } from '../errors.js';
import type { NewBulkRow } from '../store/job-types.js';
import type { BulkServices } from './bulk-services.js';
import { previewCard } from './job-views.js';

const IMPORT = /^import\s+(.+)$/i;
const WITH_SITE = /^(.+?)\s+(?:at|for)\s+(.+)$/i;

export function isImportCommand(input: string): boolean {
  return IMPORT.test(input);
}

/**
 * `import <path> [at <site>]` in the console: checks the file and shows the preview. Nothing is
 * sent until the preview's Send is clicked (or "yes" is typed).
 */
export async function importCommand(
  message: IncomingMessage,
  context: ExtensionContext,
  services: BulkServices,
): Promise<Reply[]> {
  // A path names a file on the machine Frontdesk runs on, which only the console user owns.
  if (message.conversation.platform === 'web') {
    return [
      text(
        'The web playground does not read file paths. Use the "Upload a CSV of move-ins" button on this page to import a file.',
      ),
    ];
  }
  if (message.conversation.platform !== 'console') {
    return [
      text(
        'Frontdesk reads a file path only in the console. Importing a CSV shared in this conversation is not available yet.',
      ),
    ];
  }
  const argument = IMPORT.exec(message.text.trim())![1]!.trim();
  const { pathText, siteName } = await splitSite(argument, services);
  const typedPath = unquote(pathText);
  const path = resolve(typedPath.replace(/^~(?=\/|$)/, homedir()));
  const fileName = basename(path);
  const folder = await folderProblem(typedPath, path);
  if (folder !== null) return [text(folder)];

  let checked: CheckedImport | { problem: string };
  try {
    checked = await checkImportSource(
      { path },
      {
        client: services.client,
        sites: services.sites,
        now: context.now,
        dayFirstSites: services.dayFirstSites,
        named: siteName,
        fixed: context.site,
      },
    );
  } catch (error) {
    if (!(error instanceof BulkFileError)) throw error;
    return [text(`Could not import ${fileName}: ${error.message}`)];
  }
  if ('problem' in checked) return [text(checked.problem)];

  return previewCheckedImport(checked, fileName, message, context.now, services);
}

/**
 * Stores a checked file as a bulk job in preview and returns its preview card. Typing "yes" then
 * sends it, as its Send button does; nothing reaches ElevenOS before that.
 */
export async function previewCheckedImport(
  checked: CheckedImport,
  fileName: string,
  message: Pick<IncomingMessage, 'actor' | 'conversation'>,
  now: Date,
  services: BulkServices,
): Promise<Reply[]> {
  const job = await saveImport(checked, fileName, message, now, services);
  await services.pending.save(
    conversationKey(message.conversation),
    { jobId: job.id, expects: 'send', actorId: null },
    now,
  );
  services.logger.info(
    { jobId: job.id, siteId: checked.site.siteId, rows: checked.rows.length },
    'bulk import previewed',
  );
  return [{ kind: 'card', card: await previewCard(job, checked.site, services, now) }];
}

async function saveImport(
  checked: CheckedImport,
  fileName: string,
  message: Pick<IncomingMessage, 'actor' | 'conversation'>,
  now: Date,
  services: BulkServices,
) {
  const id = services.newId();
  const rows: NewBulkRow[] = checked.rows.map((row) => ({
    row: row.row,
    status: isReady(row) ? 'ready' : 'problem',
    source: { kind: 'file', cells: row.cells },
    payload:
      isReady(row) && row.resident !== null
        ? { kind: 'new_resident', resident: row.resident }
        : null,
    problems: row.problems,
  }));
  await services.jobs.createJob(
    {
      id,
      kind: 'import',
      teamId: await services.sites.teamId(),
      siteId: checked.site.siteId,
      address: message.conversation,
      title: fileName,
      details: { ignoredColumns: checked.columns.ignored },
      createdBy: message.actor.displayName,
      createdAt: now,
      expiresAt: new Date(now.getTime() + services.previewTtlMs),
    },
    rows,
  );
  return (await services.jobs.getJob(id))!;
}

/**
 * Splits "moves.csv at Hudson Yards" into the path and the site. The tail counts as a site when
 * it names one, or when the whole text is no file, so an unknown site is reported by name rather
 * than as a missing file. A file whose name contains " at " still imports.
 */
async function splitSite(
  argument: string,
  services: BulkServices,
): Promise<{ pathText: string; siteName: string | null }> {
  const match = WITH_SITE.exec(argument);
  if (match === null) return { pathText: argument, siteName: null };
  if ((await services.sites.findSite(match[2]!)) !== null || !(await isPath(argument))) {
    return { pathText: match[1]!, siteName: match[2]! };
  }
  return { pathText: argument, siteName: null };
}

async function isPath(pathText: string): Promise<boolean> {
  try {
    await stat(resolve(unquote(pathText).replace(/^~(?=\/|$)/, homedir())));
    return true;
  } catch {
    return false;
  }
}

function unquote(text: string): string {
  const trimmed = text.trim();
  const quoted = /^(["'])(.*)\1$/.exec(trimmed);
  return quoted === null ? trimmed : quoted[2]!;
}
