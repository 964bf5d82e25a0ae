import type { UnitMapping } from '../../src/elevenos/types.js';
import { formatUnit } from '../../src/units/format-unit.js';
import { resolveUnit } from '../../src/units/resolve-unit.js';
import { createUnitIndex } from '../../src/units/unit-index.js';
import { findUnitPhrases } from '../../src/units/unit-phrases.js';

function mapping(building: string | null, floor: string | null, unit: string | null): UnitMapping {
  return { building, floor, unit, vlan: '100', ssid: 'Residents', passphrase: null };
}

const FULL: UnitMapping[] = [
  ...['100', '101', '102', '103'].map((unit) => mapping('Hudson', '1', unit)),
  ...['200', '201', '202', '203'].map((unit) => mapping('Hudson', '2', unit)),
  ...['300', '301', '302', '303'].map((unit) => mapping('Hudson', '3', unit)),
  ...['101', '102', '103', '104'].map((unit) => mapping('Riverside', '1', unit)),
  ...['2A', '2B', '2C', '2D'].map((unit) => mapping('Riverside', '2', unit)),
];
const BUILDINGS_AND_UNITS = [
  ...['A1', 'A2', 'A3'].map((unit) => mapping('North Tower', null, unit)),
  ...['A1', 'B1'].map((unit) => mapping('South Tower', null, unit)),
];
const FLOORS_AND_UNITS = [
  ...['101', '102'].map((unit) => mapping(null, '1', unit)),
  ...['201', '202'].map((unit) => mapping(null, '2', unit)),
];
const UNITS_ONLY = ['1', '2', '3', '10', '12', 'PH-1'].map((unit) => mapping(null, null, unit));
const BUILDINGS_ONLY = ['Maple Court', 'Oak Court', 'Building C'].map((building) =>
  mapping(building, null, null),
);

const label = (resolution: ReturnType<typeof resolveUnit>) =>
  resolution.status === 'resolved'
    ? `${resolution.building ?? '-'}/${resolution.floor ?? '-'}/${resolution.unit ?? '-'}`
    : resolution.status;

describe('resolveUnit on buildings, floors and units', () => {
  it.each([
    ['Hudson 102', 'Hudson/1/102'],
    ['102 Hudson', 'Hudson/1/102'],
    ['hudson #102', 'Hudson/1/102'],
    ['Hudson #100', 'Hudson/1/100'],
    ['unit 102 in Hudson', 'Hudson/1/102'],
    ['apt 102, Hudson', 'Hudson/1/102'],
    ['Riverside-2B', 'Riverside/2/2B'],
    ['Riverside 2a', 'Riverside/2/2A'],
    ['unit 2C, Riverside', 'Riverside/2/2C'],
    ['apt 2B at Riverside', 'Riverside/2/2B'],
    ['Hudson building, floor 1, unit 102', 'Hudson/1/102'],
    ['HUDSON 203', 'Hudson/2/203'],
    ['2C', 'Riverside/2/2C'],
    ['303', 'Hudson/3/303'],
  ])('resolves %s', (text, expected) => {
    expect(label(resolveUnit(text, FULL))).toBe(expected);
  });

  it('marks a unit in two buildings ambiguous', () => {
    const resolution = resolveUnit('102', FULL);
    expect(resolution.status).toBe('ambiguous');
    const candidates = resolution.status === 'ambiguous' ? resolution.candidates : [];
    expect(candidates.map(formatUnit)).toEqual(['Hudson 102', 'Riverside 102']);
  });

  it('rejects a building and unit that do not exist together', () => {
    const resolution = resolveUnit('Riverside 3A', FULL);
    expect(resolution.status).toBe('not_found');
  });

  it('suggests units of the same building first', () => {
    const resolution = resolveUnit('Hudson 109', FULL);
    expect(resolution.status).toBe('not_found');
    const suggestions = resolution.status === 'not_found' ? resolution.suggestions : [];
    expect(suggestions.map(formatUnit)).toEqual(['Hudson 103', 'Hudson 102', 'Hudson 101']);
  });

  it('resolves a building one typo away', () => {
    expect(label(resolveUnit('Hudsn 102', FULL))).toBe('Hudson/1/102');
    expect(label(resolveUnit('Hduson 102', FULL))).toBe('Hudson/1/102');
    expect(label(resolveUnit('Rivreside 2B', FULL))).toBe('Riverside/2/2B');
  });

  it('rejects a building two typos away', () => {
    expect(resolveUnit('Hdsn 102', FULL).status).toBe('not_found');
  });

  it('rejects a unit no building has', () => {
    expect(resolveUnit('unit 999', FULL).status).toBe('not_found');
  });

  it('uses the floor to pick a unit', () => {
    expect(label(resolveUnit('Hudson, floor 2, unit 203', FULL))).toBe('Hudson/2/203');
    expect(resolveUnit('Hudson, floor 1, unit 203', FULL).status).toBe('not_found');
  });
});

describe('resolveUnit on other mapping shapes', () => {
  it('resolves buildings with units and no floors', () => {
    expect(label(resolveUnit('North Tower A2', BUILDINGS_AND_UNITS))).toBe('North Tower/-/A2');
    expect(label(resolveUnit('B1', BUILDINGS_AND_UNITS))).toBe('South Tower/-/B1');
    expect(resolveUnit('A1', BUILDINGS_AND_UNITS).status).toBe('ambiguous');
    expect(label(resolveUnit('unit A1 at south tower', BUILDINGS_AND_UNITS))).toBe(
      'South Tower/-/A1',
    );
  });

  it('resolves floors with units and no buildings', () => {
    expect(label(resolveUnit('202', FLOORS_AND_UNITS))).toBe('-/2/202');
    expect(label(resolveUnit('floor 1, unit 101', FLOORS_AND_UNITS))).toBe('-/1/101');
    expect(resolveUnit('unit 301', FLOORS_AND_UNITS).status).toBe('not_found');
  });

  it('resolves units alone', () => {
    expect(label(resolveUnit('unit 12', UNITS_ONLY))).toBe('-/-/12');
    expect(label(resolveUnit('#3', UNITS_ONLY))).toBe('-/-/3');
    expect(label(resolveUnit('PH-1', UNITS_ONLY))).toBe('-/-/PH-1');
    expect(label(resolveUnit('ph1', UNITS_ONLY))).toBe('-/-/PH-1');
  });

  it('resolves whole buildings on buildings-only sites', () => {
    expect(label(resolveUnit('Oak Court', BUILDINGS_ONLY))).toBe('Oak Court/-/-');
    expect(label(resolveUnit('maple court', BUILDINGS_ONLY))).toBe('Maple Court/-/-');
    expect(label(resolveUnit('Building C', BUILDINGS_ONLY))).toBe('Building C/-/-');
    expect(resolveUnit('Pine Court', BUILDINGS_ONLY).status).toBe('not_found');
  });

  it('finds nothing on a site without mappings', () => {
    expect(resolveUnit('Hudson 102', []).status).toBe('not_found');
  });
});

describe('findUnitPhrases in sentences', () => {
  const phrasesIn = (text: string) =>
    findUnitPhrases(text, createUnitIndex(FULL)).map((phrase) => [
      phrase.text,
      label(phrase.resolution),
    ]);

  it('splits a building name written against its unit', () => {
    expect(phrasesIn('move in to Hudson102 today')).toEqual([['Hudson102', 'Hudson/1/102']]);
    expect(phrasesIn('who lives in riverside2b')).toEqual([['riverside2b', 'Riverside/2/2B']]);
  });

  it('keeps an unknown unit number after a place word', () => {
    expect(phrasesIn('who lives in 404')).toEqual([['404', 'not_found']]);
    expect(phrasesIn('who lives in 2E')).toEqual([['2E', 'not_found']]);
  });

  it('ignores small numbers, ordinals, times and years', () => {
    expect(phrasesIn('a family of 3 in 2nd place at 5pm')).toEqual([]);
    expect(phrasesIn('move-ins in 2027')).toEqual([]);
    expect(phrasesIn('move in Jo Ames at 930')).toEqual([]);
  });

  it('reads an unknown capitalised name before a unit as a building', () => {
    expect(phrasesIn('move in Jo Ames to Hdsn 102')).toEqual([['Hdsn 102', 'not_found']]);
    expect(phrasesIn('move in Jo Ames to Apt 303')).toEqual([['Apt 303', 'Hudson/3/303']]);
  });
});

describe('createUnitIndex', () => {
  it('builds once per mappings array', () => {
    expect(createUnitIndex(FULL)).toBe(createUnitIndex(FULL));
    expect(createUnitIndex([...FULL])).not.toBe(createUnitIndex(FULL));
  });

  it('resolves on a site of 50,000 units', () => {
    const large: UnitMapping[] = [];
    for (let building = 0; building < 50; building += 1) {
      for (let unit = 0; unit < 1000; unit += 1) {
        large.push(mapping(`Block ${building}`, String(Math.floor(unit / 100)), `${unit + 1000}`));
      }
    }
    const index = createUnitIndex(large);
    expect(label(resolveUnit('Block 7 1234', index))).toBe('Block 7/2/1234');
    expect(resolveUnit('1234', index).status).toBe('ambiguous');
    const missing = resolveUnit('Block 7 2500', index);
    const suggestions = missing.status === 'not_found' ? missing.suggestions.map(formatUnit) : [];
    expect(suggestions).toContain('Block 7 1999');
    expect(suggestions.every((text) => text.startsWith('Block 7 '))).toBe(true);
  });
});

describe('formatUnit', () => {
  it('writes units the way staff do', () => {
    expect(formatUnit({ building: 'Hudson', floor: '1', unit: '102' })).toBe('Hudson 102');
    expect(formatUnit({ building: null, floor: '1', unit: '102' })).toBe('Unit 102');
    expect(formatUnit({ building: 'Oak Court', floor: null, unit: null })).toBe('Oak Court');
  });
});
