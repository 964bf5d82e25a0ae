import type { Site } from '../elevenos/types.js';
import type { ParsedCommand, UnitResolution } from '../parse/types.js';
import { editDistance } from './resident-match.js';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Finds a site named in the text ("… at Sunset Terrace") and returns the text without it, so the
 * parser does not read the site's name as a building or a person.
 */
export function findSiteMention(text: string, sites: Site[]): { site: Site; text: string } | null {
  const longestFirst = [...sites].sort((a, b) => b.name.length - a.name.length);
  for (const site of longestFirst) {
    const name = escapeRegExp(site.name).replace(/\s+/g, '\\s+');
    const pattern = new RegExp(`(?:\\s*,?\\s*\\b(?:at|in|for|@)\\s+)?\\b${name}\\b`, 'i');
    if (pattern.test(text)) {
      const stripped = text.replace(pattern, ' ').replace(/\s+/g, ' ').trim();
      return { site, text: stripped };
    }
  }
  return null;
}

function strength(resolution: UnitResolution | null, text: string): number {
  if (resolution === null || resolution.status === 'not_found') return 0;
  if (resolution.status === 'ambiguous' || resolution.building === null) return 1;
  // A building named in the text, even with a typo, is stronger evidence than a unit number.
  const building = resolution.building.toLowerCase();
  const words = (text.match(/[\p{L}\p{N}'-]+/gu) ?? []).map((word) => word.toLowerCase());
  return words.some((word) => editDistance(word, building) <= 1) ? 2 : 1;
}

/**
 * Scores how well a parse's units match the site it was parsed for: 0 when no unit was found,
 * 1 for a unit number (or several candidates), 2 when the text also names the unit's building.
 */
export function unitMatchStrength(parsed: ParsedCommand, text: string): number {
  return Math.max(strength(parsed.unit, text), strength(parsed.toUnit, text));
}
