import type { ElevenOsClient } from '../elevenos/client.js';
import type { Site } from '../elevenos/types.js';
import type { Logger } from '../log.js';
import type { ParsedCommand } from '../parse/types.js';
import type { Store } from '../store/store.js';
import type { BoundSite } from './channel-binding.js';
import type { ActionResult, IncomingAction, IncomingMessage, Reply } from './replies.js';
import type { SiteDirectory } from './site-directory.js';

/** What the core lends an extension for one message or click. */
export interface ExtensionContext {
  client: ElevenOsClient;
  sites: SiteDirectory;
  store: Store;
  logger: Logger;
  now: Date;
  /** The site the conversation works on, or null when none is chosen. */
  site: Site | null;
  /**
   * The site an approver bound the conversation to, or null. While it is set, an extension must
   * not act on another site; the core already rejects other sites' names and clicks.
   */
  binding: BoundSite | null;
}

/**
 * A feature built beside the core (bulk jobs, digests) without editing it. The core offers each
 * message to every extension before parsing, routes the intents an extension claims, and sends
 * clicks on `<name>_<verb>` actions to the extension called `name`.
 */
export interface FrontdeskExtension {
  /** Lower-case letters only; prefixes the extension's action ids. */
  name: string;
  /** Action ids (with the prefix) that change ElevenOS, which only approvers may click. */
  writeActions: string[];
  /** Handles a message before the parser sees it, or returns null to pass it on. */
  handleMessage?(message: IncomingMessage, context: ExtensionContext): Promise<Reply[] | null>;
  /** Intents this extension answers, such as digest_subscribe. */
  intents?: ParsedCommand['intent'][];
  handleIntent?(
    parsed: ParsedCommand,
    message: IncomingMessage,
    context: ExtensionContext,
  ): Promise<Reply[]>;
  handleAction?(action: IncomingAction, context: ExtensionContext): Promise<ActionResult>;
  /**
   * Returns the site id a click acts on (a bulk job's site), or null when it acts on no site.
   * The core rejects the click in a conversation bound to another site.
   */
  siteOfAction?(action: IncomingAction): Promise<string | null>;
}
