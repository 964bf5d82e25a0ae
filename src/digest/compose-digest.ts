import type { SiteDirectory } from '../bot/site-directory.js';
import type { ElevenOsClient } from '../elevenos/client.js';
import type { Resident } from '../elevenos/types.js';
import { DigestSiteNotFoundError } from './digest-errors.js';
import { buildSiteDigest, type SiteDigest } from './site-digest.js';
import type { DigestSubscription } from './subscription.js';

export interface DigestSources {
  client: ElevenOsClient;
  sites: SiteDirectory;
}

/** Reads each site's residents once per cache, so one tick reads a site once for many channels. */
export type ResidentCache = Map<string, Promise<Resident[]>>;

async function residentsOf(
  sources: DigestSources,
  siteId: string,
  cache: ResidentCache | undefined,
): Promise<Resident[]> {
  const cached = cache?.get(siteId);
  if (cached !== undefined) return cached;
  const loading = sources.sites
    .teamId()
    .then((teamId) => sources.client.listResidents(teamId, siteId));
  cache?.set(siteId, loading);
  return loading;
}

/** Reads the subscription's sites from ElevenOS and builds their part of the digest. */
export async function composeDigest(
  sources: DigestSources,
  subscription: Pick<DigestSubscription, 'siteIds' | 'windowDays' | 'includeMoveOuts'>,
  at: { slot: Date; now: Date },
  cache?: ResidentCache,
): Promise<SiteDigest[]> {
  const digests: SiteDigest[] = [];
  for (const siteId of subscription.siteIds) {
    const site = await sources.sites.site(siteId);
    if (site === null) throw new DigestSiteNotFoundError(siteId);
    const residents = await residentsOf(sources, siteId, cache);
    digests.push(
      buildSiteDigest(residents, site, {
        ...at,
        windowDays: subscription.windowDays,
        includeMoveOuts: subscription.includeMoveOuts,
      }),
    );
  }
  return digests;
}
