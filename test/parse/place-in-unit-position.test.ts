// A capitalised name where a unit belongs ("to Narnia 102", "to North Hall") is a place that
// may be missing from the site, never a second resident.
import { parseCommand } from '../../src/parse/parse-command.js';
import type { UnitMapping } from '../../src/elevenos/types.js';
import type { ParsedCommand } from '../../src/parse/types.js';
import { seedSites } from '../../src/sandbox/seed-sites.js';
import { corpusContext, corpusMappings } from './corpus-helpers.js';

function siteMappings(name: string): UnitMapping[] {
  const site = seedSites().find((each) => each.name === name);
  if (site === undefined) {
    throw new Error(`no sandbox site called ${name}`);
  }
  return site.mappings;
}

const names = (parsed: ParsedCommand) =>
  parsed.people.map((person) => `${person.firstName} ${person.lastName}`.trim());

describe('parseCommand place in unit position', () => {
  const hudson = corpusContext(corpusMappings());
  const sunset = corpusContext(siteMappings('Sunset Terrace'));
  const campus = corpusContext(siteMappings('Campus Commons'));

  it.each([
    ['move in Jane Doe to Narnia 102 on March 1', 'Narnia 102'],
    ['move in Tom Reed to Maple Court 101 on March 1', 'Maple Court 101'],
    ['move in Tom Reed into Narnia 5B on March 1', 'Narnia 5B'],
    ['move in Tom Reed to Oak Tower on March 1', 'Oak Tower'],
    ['move in Bo Hall to North Hall on March 1', 'North Hall'],
    ['move in Tom Reed to Narnia unit 102', 'Narnia unit 102'],
    ['move in Tom Reed to the Narnia building, unit 102', 'Narnia building, unit 102'],
    ['move in Tom Reed to Hudson Tower 102', 'Hudson Tower 102'],
    ['move in tom reed to narnia 102 on march 1', 'narnia 102'],
  ])('%s: unknown place, one resident', (command, place) => {
    const parsed = parseCommand(command, hudson);

    expect(parsed.people).toHaveLength(1);
    expect(parsed.unit).toMatchObject({ status: 'not_found', text: place });
  });

  it('suggests the same unit number elsewhere', () => {
    const parsed = parseCommand('move in Jane Doe to Narnia 102 on March 1', hudson);

    expect(parsed.unit?.status).toBe('not_found');
    const suggestions = parsed.unit?.status === 'not_found' ? parsed.unit.suggestions : [];
    expect(suggestions[0]).toEqual({ building: 'Hudson', floor: '1', unit: '102' });
  });

  it('keeps the building of a units-only site unknown', () => {
    const parsed = parseCommand('move in Jane Doe to Hudson 102 on March 1', sunset);

    expect(names(parsed)).toEqual(['Jane Doe']);
    expect(parsed.unit).toMatchObject({ status: 'not_found', text: 'Hudson 102' });
    const suggestions = parsed.unit?.status === 'not_found' ? parsed.unit.suggestions : [];
    expect(suggestions[0]?.unit).toBe('102');
  });

  it('still reads a bare unit on a units-only site', () => {
    const parsed = parseCommand('move in Jane Doe to 102 on March 1', sunset);

    expect(parsed.unit).toEqual({ status: 'resolved', building: null, floor: null, unit: '102' });
  });

  it.each([
    ['move in Bo Hall to North Hall on March 1', 'North Hall'],
    ['move in Bo Hall to Nrth Hall on March 1', 'North Hall'],
  ])('%s: resolves on a buildings-only site', (command, building) => {
    const parsed = parseCommand(command, campus);

    expect(names(parsed)).toEqual(['Bo Hall']);
    expect(parsed.unit).toMatchObject({ status: 'resolved', building });
  });

  it('reads an unknown hall on a buildings-only site', () => {
    const parsed = parseCommand('move in Bo Hall to Narnia Hall on March 1', campus);

    expect(names(parsed)).toEqual(['Bo Hall']);
    expect(parsed.unit).toMatchObject({ status: 'not_found', text: 'Narnia Hall' });
  });

  it('keeps a resident named after a unit', () => {
    const parsed = parseCommand('move in Amy Park to Hudson 102 and give it to Bo Hall', hudson);

    expect(parsed.unit).toMatchObject({ status: 'resolved', building: 'Hudson', unit: '102' });
    expect(names(parsed)).toContain('Bo Hall');
  });

  it.each([
    ['move in Jane Doe to Ｈｕｄｓｏｎ １０２ on March 1'],
    ['move in Jane Doe to Hud\u200bson 102 on March 1'],
    ['move in Jane Doe to Hud\u200eson 102 on March 1'],
    ['move in Jane Doe to Hud\u00adson 102 on March 1'],
  ])('%s: normalised to Hudson 102', (command) => {
    const parsed = parseCommand(command, hudson);

    expect(names(parsed)).toEqual(['Jane Doe']);
    expect(parsed.unit).toEqual({
      status: 'resolved',
      building: 'Hudson',
      floor: '1',
      unit: '102',
    });
  });
});
