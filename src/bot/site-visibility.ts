/** A conversation's site on one platform, as overviews such as App Home list them. */
export interface ConversationSite {
  /** The platform's channel id. */
  channelId: string;
  siteId: string;
  /** True when an approver bound the channel to the site; false for a `use` default. */
  bound: boolean;
}

/** The sites one user may see: all of them, or a set of site ids. */
export type Visibility = { all: true } | { all: false; siteIds: Set<string> };

/**
 * Decides which sites a user may see in overviews (App Home, recent activity). Approvers see
 * every site, and so does everyone while no channel on the platform is bound, because a team
 * that binds no channel has not split its staff by site. Once any channel is bound, anyone else
 * sees only the sites of the bound channels they are a member of.
 */
export function visibleSites(input: {
  approver: boolean;
  channels: ConversationSite[];
  memberOf: Set<string>;
}): Visibility {
  const bound = input.channels.filter((channel) => channel.bound);
  if (input.approver || bound.length === 0) return { all: true };
  const mine = bound.filter((channel) => input.memberOf.has(channel.channelId));
  return { all: false, siteIds: new Set(mine.map((channel) => channel.siteId)) };
}

/** Returns whether the visibility includes the site. */
export function canSee(visibility: Visibility, siteId: string): boolean {
  return visibility.all || visibility.siteIds.has(siteId);
}
