import type { ElevenOsClient } from '../elevenos/client.js';
import type { Site, UnitMapping } from '../elevenos/types.js';

/** How long sites and mappings are reused before they are read again from ElevenOS. */
const CACHE_TTL_MS = 5 * 60_000;

export interface SiteDirectory {
  teamId(): Promise<string>;
  sites(): Promise<Site[]>;
  site(siteId: string): Promise<Site | null>;
  /** Finds a site by id or by a name as staff write it ("hudson yards", "Hudson"). */
  findSite(text: string): Promise<Site | null>;
  mappings(siteId: string): Promise<UnitMapping[]>;
}

interface Cached<T> {
  value: Promise<T>;
  loadedAt: number;
}

function normalise(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Caches the team's sites and each site's PAN mappings. A failed load is not cached, so the next
 * command reads again.
 */
export function createSiteDirectory(
  client: ElevenOsClient,
  options: { teamId?: string | undefined; now?: () => number } = {},
): SiteDirectory {
  const now = options.now ?? Date.now;
  const cache = new Map<string, Cached<unknown>>();

  function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
    const hit = cache.get(key);
    if (hit !== undefined && now() - hit.loadedAt < CACHE_TTL_MS) return hit.value as Promise<T>;
    const value = load();
    cache.set(key, { value, loadedAt: now() });
    value.catch(() => cache.delete(key));
    return value;
  }

  const teamId = () =>
    cached('team', async () => {
      if (options.teamId !== undefined) return options.teamId;
      const teams = await client.listTeams();
      const first = teams[0];
      if (first === undefined) throw new Error('The ElevenOS account belongs to no team');
      return first.teamId;
    });

  const sites = () => cached('sites', async () => client.listSites(await teamId()));

  return {
    teamId,
    sites,
    async site(siteId) {
      return (await sites()).find((site) => site.siteId === siteId) ?? null;
    },
    async findSite(text) {
      const wanted = normalise(text);
      if (wanted === '') return null;
      const all = await sites();
      return (
        all.find((site) => site.siteId === text.trim()) ??
        all.find((site) => normalise(site.name) === wanted) ??
        all.find((site) => normalise(site.name).startsWith(wanted)) ??
        all.find((site) => normalise(site.name).split(' ').includes(wanted)) ??
        null
      );
    },
    mappings: (siteId) =>
      cached(`mappings:${siteId}`, async () => client.getMappings(await teamId(), siteId)),
  };
}
