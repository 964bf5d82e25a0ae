import type { Site } from '../elevenos/types.js';
import type { ParsedCommand, UnitResolution } from '../parse/types.js';
import type { Store } from '../store/store.js';
import { unitLabel } from './labels.js';
import { findSiteMention, unitMatchStrength } from './site-choice.js';
import type { SiteDirectory } from './site-directory.js';

/** The site a conversation is bound to: enough to compare and to name it. */
export type BoundSite = Pick<Site, 'siteId' | 'name'>;

/** Returns the site an approver bound the conversation to, or null when it is not bound. */
export async function boundSiteOf(
  store: Store,
  sites: SiteDirectory,
  conversationKey: string,
): Promise<BoundSite | null> {
  const channel = await store.getChannelBinding(conversationKey);
  if (channel?.boundBy == null) return null;
  // A bound site that ElevenOS no longer lists still binds: the conversation then acts on none.
  const site = await sites.site(channel.siteId);
  return site ?? { siteId: channel.siteId, name: `site ${channel.siteId}` };
}

/** Returns the sentence that rejects work on `other` in a conversation bound to `bound`. */
export function boundElsewhere(bound: BoundSite, other: string): string {
  return (
    `This channel is bound to ${bound.name}, so it works only on ${bound.name}. Nothing was ` +
    `changed. Ask about ${other} in a channel that works on ${other}.`
  );
}

/** Rejects a click on a card or job of another site. */
export function clickElsewhere(bound: BoundSite, other: string): string {
  return (
    `This card is for ${other}, but this channel is bound to ${bound.name}. Nothing was ` +
    `changed. Ask about ${other} in a channel that works on ${other}.`
  );
}

/** Returns the rejection when the text names a site other than the bound one, else null. */
export function otherSiteNamed(input: string, bound: BoundSite, all: Site[]): string | null {
  const mention = findSiteMention(input, all);
  if (mention === null || mention.site.siteId === bound.siteId) return null;
  return boundElsewhere(bound, mention.site.name);
}

function unresolved(resolution: UnitResolution | null): boolean {
  return resolution === null || resolution.status === 'not_found';
}

/**
 * Returns the rejection when the command's unit is not at the bound site but is at another,
 * such as "who is in Riverside 2A?" in a channel bound to Hudson Yards. Else null.
 */
export async function unitElsewhere(
  parsed: ParsedCommand,
  commandText: string,
  bound: BoundSite,
  all: Site[],
  parseAt: (site: Site) => Promise<ParsedCommand>,
): Promise<string | null> {
  if (!unresolved(parsed.unit) || !unresolved(parsed.toUnit)) return null;
  for (const site of all) {
    if (site.siteId === bound.siteId) continue;
    const there = await parseAt(site);
    if (unitMatchStrength(there, commandText) === 0) continue;
    const unit = [there.unit, there.toUnit].find((each) => each?.status === 'resolved');
    const label = unit?.status === 'resolved' ? unitLabel(unit) : 'That unit';
    return (
      `${label} is at ${site.name}, but this channel is bound to ${bound.name}. Nothing was ` +
      `changed. Ask about it in a channel that works on ${site.name}.`
    );
  }
  return null;
}
