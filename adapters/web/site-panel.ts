import { unitLabel } from '../../src/bot/labels.js';
import type { Site } from '../../src/elevenos/types.js';
import type { Runtime } from '../../src/runtime.js';

export interface PanelResident {
  name: string;
  unit: string;
  /** ElevenOS statuses, such as "scheduled" or "current, pending". */
  status: string;
  /** Site-local `YYYY-MM-DD`. */
  moveIn: string;
  moveOut: string | null;
}

/** Side panel contents: the conversation's site, its units and its residents. */
export interface PanelState {
  sites: { siteId: string; name: string }[];
  site: { siteId: string; name: string; timeZone: string };
  units: string[];
  residents: PanelResident[];
}

/**
 * Picks the site a conversation works on, as the core does: the one bound with `use`, then
 * DEFAULT_SITE, then the account's first site.
 */
export async function conversationSite(
  runtime: Pick<Runtime, 'sites' | 'store'>,
  key: string,
  defaultSite: string | undefined,
): Promise<{ site: Site; bound: boolean }> {
  const boundId = await runtime.store.getChannelSite(key);
  const bound = boundId === null ? null : await runtime.sites.site(boundId);
  if (bound !== null) return { site: bound, bound: true };
  const named = defaultSite === undefined ? null : await runtime.sites.findSite(defaultSite);
  const site = named ?? (await runtime.sites.sites())[0];
  if (site === undefined) throw new Error('The ElevenOS account has no sites');
  return { site, bound: named !== null };
}

/** Reads the site's units and residents through the ElevenOS client, fresh on every call. */
export async function readPanel(
  runtime: Pick<Runtime, 'client' | 'sites'>,
  site: Site,
): Promise<PanelState> {
  const teamId = await runtime.sites.teamId();
  const [all, mappings, residents] = await Promise.all([
    runtime.sites.sites(),
    runtime.client.getMappings(teamId, site.siteId),
    runtime.client.listResidents(teamId, site.siteId),
  ]);
  return {
    sites: all.map((each) => ({ siteId: each.siteId, name: each.name })),
    site: { siteId: site.siteId, name: site.name, timeZone: site.timeZone },
    units: mappings.filter((mapping) => mapping.unit !== null).map(unitLabel),
    residents: residents
      .map((resident) => ({
        name: `${resident.firstName} ${resident.lastName}`.trim(),
        unit: unitLabel(resident),
        status: resident.status.join(', '),
        moveIn: resident.activationDate.slice(0, 10),
        moveOut: resident.deactivationDate?.slice(0, 10) ?? null,
      }))
      .sort((a, b) => a.unit.localeCompare(b.unit, 'en', { numeric: true })),
  };
}
