import { boundElsewhere, boundSiteOf } from '../../bot/channel-binding.js';
import { conversationKey, text, type IncomingMessage, type Reply } from '../../bot/replies.js';
import { findSiteMention } from '../../bot/site-choice.js';
import type { SiteDirectory } from '../../bot/site-directory.js';
import type { FrontdeskConfig } from '../../config.js';
import type { Site } from '../../elevenos/types.js';
import type { Logger } from '../../log.js';
import type { Runtime } from '../../runtime.js';
import type { Store } from '../../store/store.js';
import { createUploadImporter, type UploadImporter } from './upload-import.js';

/** A CSV shared in a chat conversation, already downloaded. */
export interface SharedFile {
  name: string;
  csv: string;
}

/**
 * Imports a CSV shared in a Slack or Teams conversation and returns the preview. `message.text`
 * is what the staff wrote with the file, such as "import these for Hudson Yards".
 */
export type ChatFileImporter = (
  message: Pick<IncomingMessage, 'actor' | 'conversation' | 'text'>,
  file: SharedFile,
) => Promise<Reply[]>;

export interface ChatFileImporterOptions {
  importUpload: UploadImporter;
  sites: SiteDirectory;
  store: Store;
  /** DEFAULT_SITE, used when neither the message nor the conversation names a site. */
  defaultSite: string | undefined;
}

// "… for Hudson" or "… at hudson yards" at the end of the text, for names findSiteMention
// misses because they are partial or lower-case variants.
const TRAILING_SITE = /\b(?:at|for)\s+(.+?)[.!]?$/i;

/**
 * Builds the importer for chat file shares on top of the upload importer. In a conversation
 * bound to a site, the file is checked against that site only, and naming another site is
 * rejected. Elsewhere the site is the one named in the message, else the conversation's
 * (`use <site>`), else DEFAULT_SITE, else the one whose units the file's rows match.
 */
export function createChatFileImporter(options: ChatFileImporterOptions): ChatFileImporter {
  const { sites } = options;

  async function namedSite(messageText: string): Promise<Site | null> {
    const mentioned = findSiteMention(messageText, await sites.sites());
    if (mentioned !== null) return mentioned.site;
    const tail = TRAILING_SITE.exec(messageText.trim());
    return tail === null ? null : sites.findSite(tail[1]!);
  }

  async function siteFor(message: Pick<IncomingMessage, 'conversation' | 'text'>) {
    const named = await namedSite(message.text);
    if (named !== null) return named;

    const boundId = await options.store.getChannelSite(conversationKey(message.conversation));
    const bound: Site | null = boundId === null ? null : await sites.site(boundId);
    if (bound !== null) return bound;
    return options.defaultSite === undefined ? null : sites.findSite(options.defaultSite);
  }

  return async (message, file) => {
    const key = conversationKey(message.conversation);
    const bound = await boundSiteOf(options.store, sites, key);
    if (bound === null) {
      return options.importUpload(message, file.name, file.csv, await siteFor(message));
    }
    const named = await namedSite(message.text);
    if (named !== null && named.siteId !== bound.siteId) {
      return [text(boundElsewhere(bound, named.name))];
    }
    const site = await sites.site(bound.siteId);
    if (site === null) return [text(`Site ${bound.name} is not listed by ElevenOS any more.`)];
    return options.importUpload(message, file.name, file.csv, site);
  };
}

/** Builds the chat file importer from the runtime and the configuration, as the servers run it. */
export function chatFileImporterFor(
  runtime: Pick<Runtime, 'client' | 'sites' | 'store' | 'audit'>,
  config: Pick<FrontdeskConfig, 'dayFirstSites' | 'proposalTtlMs' | 'defaultSite'>,
  logger: Logger,
  now: () => Date = () => new Date(),
): ChatFileImporter {
  return createChatFileImporter({
    importUpload: createUploadImporter({
      runtime,
      logger,
      dayFirstSites: config.dayFirstSites,
      previewTtlMs: config.proposalTtlMs,
      now,
    }),
    sites: runtime.sites,
    store: runtime.store,
    defaultSite: config.defaultSite,
  });
}
