import type { UnitResolution } from '../parse/types.js';
import { editDistance } from './resident-match.js';

/**
 * Returns the word staff typed for a building when the parser matched it by spelling
 * correction ("Hudsen" for Hudson), so the conversation can ask before acting on the guess.
 */
export function typedBuilding(text: string, resolution: UnitResolution | null): string | null {
  if (resolution?.status !== 'resolved' || resolution.building === null) return null;
  const building = resolution.building.toLowerCase();
  const words = text.match(/[\p{L}\p{N}'-]+/gu) ?? [];
  if (words.some((word) => word.toLowerCase() === building)) return null;
  return words.find((word) => editDistance(word.toLowerCase(), building) === 1) ?? null;
}
