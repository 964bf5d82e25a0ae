// Resolves the unit named in a short phrase ("Hudson 102", "apt 2B at Riverside", "2C").
import type { UnitMapping } from '../elevenos/types.js';
import type { UnitResolution } from '../parse/types.js';
import { createUnitIndex, isUnitIndex, type UnitIndex } from './unit-index.js';
import { findUnitPhrases } from './unit-phrases.js';

/** Resolves the first unit phrase in `text` against a site's mappings or their index. */
export function resolveUnit(
  text: string,
  mappings: readonly UnitMapping[] | UnitIndex,
): UnitResolution {
  const index = isUnitIndex(mappings) ? mappings : createUnitIndex(mappings);
  const phrase = findUnitPhrases(text, index, true)[0];
  if (phrase === undefined) {
    return { status: 'not_found', text: text.trim(), suggestions: [] };
  }
  return phrase.resolution;
}
