// Ordinal day words, "first" to "thirty-first".
const UNITS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
];

const TEENS = [
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];

function buildOrdinals(): Map<string, number> {
  const ordinals = new Map<string, number>();
  UNITS.forEach((word, index) => ordinals.set(word, index + 1));
  TEENS.forEach((word, index) => ordinals.set(word, index + 10));
  ordinals.set('twentieth', 20);
  ordinals.set('thirtieth', 30);
  UNITS.forEach((word, index) => {
    ordinals.set(`twenty-${word}`, index + 21);
    ordinals.set(`twenty ${word}`, index + 21);
  });
  ordinals.set('thirty-first', 31);
  ordinals.set('thirty first', 31);
  return ordinals;
}

const ORDINALS = buildOrdinals();

export const ORDINAL_PATTERN = [...ORDINALS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((word) => word.replace(/ /g, '\\s+'))
  .join('|');

export function readOrdinal(text: string | undefined): number | null {
  return ORDINALS.get((text ?? '').toLowerCase().replace(/\s+/g, ' ')) ?? null;
}
