import type { ElevenOsClient } from '../elevenos/client.js';
import { defaultWindow, renderUpcoming } from './lists.js';
import type { SiteDirectory } from './site-directory.js';

/**
 * Reads a site's move-ins and move-outs of the next seven days and renders them as the upcoming
 * list does, for views such as Slack's App Home. Returns null for a site the account cannot see.
 */
export async function summariseUpcoming(
  deps: { client: ElevenOsClient; sites: SiteDirectory },
  siteId: string,
  now: Date,
): Promise<{ siteName: string; text: string } | null> {
  const site = await deps.sites.site(siteId);
  if (site === null) return null;

  const residents = await deps.client.listResidents(await deps.sites.teamId(), site.siteId);
  const window = defaultWindow(now, site.timeZone);
  return { siteName: site.name, text: renderUpcoming(residents, site, window, 'both', now) };
}
