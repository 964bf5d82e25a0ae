import type { SiteDirectory } from '../bot/site-directory.js';
import type { Site } from '../elevenos/types.js';

const ALL_SITES = /^(?:all|every|each)(?:\s+(?:the\s+)?sites?)?$/i;

/**
 * Finds the sites named after "for": one name, a list ("A, B and C") or "all sites". Returns
 * the unknown name in staff words when one does not match.
 */
export async function resolveSites(
  sites: SiteDirectory,
  phrase: string,
): Promise<{ sites: Site[] } | { problem: string }> {
  if (ALL_SITES.test(phrase.trim())) return { sites: await sites.sites() };
  const whole = await sites.findSite(phrase);
  if (whole !== null) return { sites: [whole] };

  const found: Site[] = [];
  for (const name of phrase.split(/\s*(?:,|&|\+|\band\b)\s*/i).filter((part) => part !== '')) {
    const site = await sites.findSite(name);
    if (site === null) {
      const known = (await sites.sites()).map((each) => each.name).join(', ');
      return { problem: `There is no site called "${name}". Sites: ${known}.` };
    }
    if (!found.some((each) => each.siteId === site.siteId)) found.push(site);
  }
  return { sites: found };
}
