import type { ConversationSite } from '../../src/bot/site-visibility.js';

/** Data source of App Home, read from the core. */
export interface HomeSource {
  /** Slack channels with a site: bound by an approver, or chosen with `/frontdesk use`. */
  channelSites(): Promise<ConversationSite[]>;
  /** A site's move-ins and move-outs of the coming days as text, or null for an unknown site. */
  upcoming(siteId: string): Promise<{ siteName: string; text: string } | null>;
  /** Summarises the digests of these Slack channels. Absent where digests are not wired. */
  digests?(channelIds: string[]): Promise<{ channelId: string; text: string }[]>;
  /** The latest audit entries of these sites, one line each. Absent where no audit is kept. */
  activity?(siteIds: string[]): Promise<string[]>;
}
