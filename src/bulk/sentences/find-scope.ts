// Finds the part of a site a bulk sentence names: a building, a floor, both, or the whole site.
import type { SiteDirectory } from '../../bot/site-directory.js';
import { findSiteMention } from '../../bot/site-choice.js';
import type { Site } from '../../elevenos/types.js';
import type { UnitRef } from '../../parse/types.js';
import { findBuilding } from '../../units/resolve-unit-parts.js';
import { createUnitIndex } from '../../units/unit-index.js';
import { floorKey } from '../../units/unit-keys.js';

export interface Scope {
  site: Site;
  /** Mapping values; null matches every building or floor. */
  building: string | null;
  floor: string | null;
  /** The name cards use, such as "Riverside floor 2", or the site's name for the whole site. */
  label: string;
}

export type ScopeResult = { scope: Scope } | { problem: string };

const FLOOR = /\b(?:floor|level)\s+([\p{L}\p{N}-]+)\b|\b(\d+)(?:st|nd|rd|th)\s+floor\b/iu;
const FILLER = /\b(?:the|of|building|bldg)\b|,/gi;

/** Resolves the scope text against the named, the conversation's, or else every site. */
export async function findScope(
  text: string | null,
  options: { sites: SiteDirectory; fixed: Site | null },
): Promise<ScopeResult> {
  const all = await options.sites.sites();
  const mention = text === null ? null : findSiteMention(text, all);
  const rest = mention?.text ?? text ?? '';
  const floorMatch = FLOOR.exec(rest);
  const floor = floorMatch === null ? null : (floorMatch[1] ?? floorMatch[2] ?? null);
  const buildingText = rest.replace(FLOOR, ' ').replace(FILLER, ' ').replace(/\s+/g, ' ').trim();
  let candidates = all;
  if (mention !== null) candidates = [mention.site];
  else if (options.fixed !== null) candidates = [options.fixed];

  if (buildingText === '' && floor === null) {
    if (candidates.length === 1) return { scope: wholeSite(candidates[0]!) };
    return { problem: `Which site? Add "at <site>". Sites: ${all.map((s) => s.name).join(', ')}.` };
  }

  const found: Scope[] = [];
  for (const site of candidates) {
    const scope = await scopeAt(site, buildingText, floor, options.sites);
    if (scope !== null) found.push(scope);
  }
  if (found.length === 1) return { scope: found[0]! };
  if (found.length > 1) {
    const names = found.map((scope) => scope.site.name).join(' and ');
    return { problem: `${found[0]!.label} is at ${names}. Which site? Add "at <site>".` };
  }
  if (floor === null) {
    const site = await options.sites.findSite(buildingText);
    if (site !== null) return { scope: wholeSite(site) };
  }
  const place = [buildingText, floor === null ? '' : `floor ${floor}`].join(' ').trim();
  return { problem: `There is no ${place} at ${candidates.map((s) => s.name).join(' or ')}.` };
}

async function scopeAt(
  site: Site,
  buildingText: string,
  floor: string | null,
  sites: SiteDirectory,
): Promise<Scope | null> {
  const index = createUnitIndex(await sites.mappings(site.siteId));
  const building = buildingText === '' ? null : findBuilding(index, buildingText);
  if (buildingText !== '' && building === null) return null;
  const refs = index.refs.filter(
    (ref: UnitRef) =>
      (building === null || ref.building === building.name) &&
      (floor === null || (ref.floor !== null && floorKey(ref.floor) === floorKey(floor))),
  );
  if (refs.length === 0) return null;
  const floorName = floor === null ? null : refs[0]!.floor;
  const label = [building?.name, floorName === null ? null : `floor ${floorName}`]
    .filter((part) => part != null)
    .join(' ');
  return { site, building: building?.name ?? null, floor: floorName, label };
}

function wholeSite(site: Site): Scope {
  return { site, building: null, floor: null, label: site.name };
}
