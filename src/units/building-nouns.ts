// Words that end the names of apartment buildings ("North Hall", "Maple Court"). After "to" or
// "into" they mark the words before them as a place that may be missing from the site's
// mappings, so that place is not read as a second resident.

const COMMON_BUILDING_NOUNS = [
  'hall',
  'halls',
  'tower',
  'towers',
  'court',
  'commons',
  'terrace',
  'lofts',
  'loft',
  'residences',
  'manor',
  'gardens',
  'plaza',
  'village',
  'heights',
  'annex',
  'wing',
  'apartments',
  'flats',
  'house',
  'lodge',
  'villas',
  'square',
];

/**
 * Returns the common building nouns plus the last word of each multi-word building name of the
 * site, such as "hall" from "North Hall".
 */
export function buildingNouns(buildingKeys: Iterable<string>): ReadonlySet<string> {
  const nouns = new Set(COMMON_BUILDING_NOUNS);
  for (const key of buildingKeys) {
    const words = key.split(' ');
    const last = words[words.length - 1];
    if (words.length >= 2 && last !== undefined && /^\p{L}{3,}$/u.test(last)) {
      nouns.add(last);
    }
  }
  return nouns;
}
