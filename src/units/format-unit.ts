import type { UnitRef } from '../parse/types.js';

/**
 * Puts `prefix` before `text` unless `text` already starts with it as a word, so a unit named
 * "Unit 102" is shown as "Unit 102", not "Unit Unit 102".
 */
export function prefixOnce(prefix: string, text: string): string {
  const head = text.slice(0, prefix.length);
  const rest = text.slice(prefix.length);
  const repeats = head.toLowerCase() === prefix.toLowerCase() && /^(?:$|[\s#-])/.test(rest);
  return repeats ? text : `${prefix} ${text}`;
}

/** Formats a unit the way staff write it: "Hudson 102", "Unit 102", "Tower A". */
export function formatUnit(ref: UnitRef): string {
  if (ref.building !== null && ref.unit !== null) {
    return prefixOnce(ref.building, ref.unit);
  }
  if (ref.unit !== null) {
    return prefixOnce('Unit', ref.unit);
  }
  if (ref.building !== null) {
    return ref.floor === null ? ref.building : `${ref.building}, floor ${ref.floor}`;
  }
  return ref.floor === null ? 'no unit' : `Floor ${ref.floor}`;
}
