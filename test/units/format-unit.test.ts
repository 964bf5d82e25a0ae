import { unitLabel } from '../../src/bot/labels.js';
import { formatUnit, prefixOnce } from '../../src/units/format-unit.js';

describe('prefixOnce', () => {
  it.each([
    ['Unit', '102', 'Unit 102'],
    ['Unit', 'Unit 102', 'Unit 102'],
    ['Unit', 'unit-7', 'unit-7'],
    ['Unit', 'Unity 4', 'Unit Unity 4'],
    ['Tower A', 'Tower A-101', 'Tower A-101'],
    ['Hudson', '102', 'Hudson 102'],
  ])('%s + %s gives %s', (prefix, text, label) => {
    expect(prefixOnce(prefix, text)).toBe(label);
  });
});

describe('unit labels', () => {
  it.each([
    [{ building: null, floor: null, unit: 'Unit 102' }, 'Unit 102'],
    [{ building: 'Unit', floor: '1', unit: 'Unit 102' }, 'Unit 102'],
    [{ building: 'Hudson', floor: '1', unit: '102' }, 'Hudson 102'],
    [{ building: null, floor: '2', unit: '7' }, 'Unit 7'],
  ])('%j reads %s', (ref, label) => {
    expect(unitLabel(ref)).toBe(label);
    expect(formatUnit(ref)).toBe(label);
  });
});
