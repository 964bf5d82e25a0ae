import { describe, expect, it } from '@jest/globals';

import { checkImportRows } from '../../src/bulk/check/check-import.js';
import { isValidEmail, isValidPhone } from '../../src/bulk/check/contacts.js';
import type { ImportCheckContext, RawImportRow } from '../../src/bulk/check/import-row.js';
import { IMPORT_FIELDS, type ImportCells } from '../../src/bulk/csv/columns.js';
import type { Resident } from '../../src/elevenos/types.js';
import { seedSites } from '../../src/sandbox/seed-sites.js';
import { createUnitIndex } from '../../src/units/unit-index.js';

const NOW = new Date('2026-12-04T15:00:00Z');
const [HUDSON_YARDS, , CAMPUS_COMMONS] = seedSites();

function context(overrides: Partial<ImportCheckContext> = {}): ImportCheckContext {
  const site = overrides.site ?? HUDSON_YARDS!;
  const { mappings, ...siteFields } = seedSites().find((each) => each.siteId === site.siteId)!;
  return {
    site: {
      siteId: siteFields.siteId,
      name: siteFields.name,
      siteType: siteFields.siteType,
      timeZone: siteFields.timeZone,
    },
    index: createUnitIndex(mappings),
    residents: [],
    now: NOW,
    dateOrder: 'month-first',
    ...overrides,
  };
}

function row(number: number, cells: Partial<ImportCells>): RawImportRow {
  const empty = Object.fromEntries(IMPORT_FIELDS.map((field) => [field, null])) as ImportCells;
  return { row: number, cells: { ...empty, ...cells }, undecodable: false };
}

const jane = { firstName: 'Jane', lastName: 'Doe', building: 'Hudson', unit: '102' };

function resident(overrides: Partial<Resident>): Resident {
  return {
    residentId: 'resident-1',
    firstName: 'Rosa',
    lastName: 'Diaz',
    email: 'rosa@example.com',
    phone: null,
    building: 'Hudson',
    floor: '1',
    unit: '102',
    activationDate: '2027-04-01T06:00:00',
    deactivationDate: '2027-05-31T23:59:59',
    activationDateUtc: '2027-04-01T10:00:00.000Z',
    deactivationDateUtc: '2027-06-01T03:59:59.000Z',
    onboardedAt: null,
    ssid: null,
    status: ['scheduled'],
    ...overrides,
  };
}

describe('import row checks', () => {
  it('sends 06:00 and 23:59:59 site time for the dates', () => {
    const [checked] = checkImportRows(
      [row(1, { ...jane, moveIn: '3/1/2027', moveOut: '3/31/2028' })],
      context(),
    );
    expect(checked!.problems).toEqual([]);
    expect(checked!.resident).toEqual({
      firstName: 'Jane',
      lastName: 'Doe',
      email: null,
      phone: null,
      building: 'Hudson',
      floor: '1',
      unit: '102',
      activationDateUtc: '2027-03-01T11:00:00.000Z',
      deactivationDateUtc: '2028-04-01T03:59:59.000Z',
    });
  });

  it('reads numeric dates day first at a day-first site', () => {
    const [checked] = checkImportRows(
      [row(1, { ...jane, moveIn: '4/5/2027' })],
      context({ dateOrder: 'day-first' }),
    );
    expect(checked!.startDate).toBe('2027-05-04');
  });

  it('puts a date without a year on or after today', () => {
    const [checked] = checkImportRows(
      [row(1, { ...jane, moveIn: 'Dec 1', moveOut: 'Mar 1' })],
      context(),
    );
    expect(checked!.startDate).toBe('2027-12-01');
    expect(checked!.endDate).toBe('2028-03-01');
  });

  it('reads spreadsheet date forms', () => {
    const cells = [
      '2027-03-01 00:00:00',
      'Mon, Mar 1, 2027',
      '1-Mar-2027',
      'March 1st 2027',
      '3/1/27',
    ];
    const units = ['100', '102', '103', '200', '201'];
    const rows = cells.map((moveIn, index) =>
      row(index + 1, { ...jane, unit: units[index]!, moveIn }),
    );
    const checked = checkImportRows(rows, context());
    expect(checked.map((each) => each.startDate)).toEqual(cells.map(() => '2027-03-01'));
  });

  it('rejects a move-out on the move-in day', () => {
    const [checked] = checkImportRows(
      [row(1, { ...jane, moveIn: '3/1/2027', moveOut: '3/1/2027' })],
      context(),
    );
    expect(checked!.problems).toEqual([
      'ends the day it starts (Mon, Mar 1, 2027); the move-out must come later',
    ]);
  });

  it('splits a single name column', () => {
    const rows = [
      row(1, { name: 'Doe, Jane', building: 'Hudson', unit: '100', moveIn: '3/1/2027' }),
      row(2, { name: 'Mary Ann Lee', building: 'Hudson', unit: '102', moveIn: '3/1/2027' }),
      row(3, { name: 'Cher', building: 'Hudson', unit: '103', moveIn: '3/1/2027' }),
    ];
    const checked = checkImportRows(rows, context());
    expect(checked[0]!.resident).toMatchObject({ firstName: 'Jane', lastName: 'Doe' });
    expect(checked[1]!.resident).toMatchObject({ firstName: 'Mary Ann', lastName: 'Lee' });
    expect(checked[2]!.problems).toEqual(['name "Cher" needs a first and a last name']);
  });

  it('finds a unit written in one cell', () => {
    const [checked] = checkImportRows(
      [row(1, { firstName: 'Jane', lastName: 'Doe', unit: 'Riverside 2D', moveIn: '3/1/2027' })],
      context(),
    );
    expect(checked!.resident).toMatchObject({ building: 'Riverside', floor: '2', unit: '2D' });
  });

  it('lists every problem of a row', () => {
    const [checked] = checkImportRows(
      [row(1, { firstName: 'Jane', unit: '109', moveIn: 'soon', email: 'jane', phone: 'call me' })],
      context(),
    );
    expect(checked!.problems).toEqual([
      'last name is missing',
      'Unit 109: no such unit (closest: Riverside 104, Hudson 103)',
      'move-in "soon" is not a date',
      'email "jane" is not a valid email address',
      'phone "call me" is not a valid phone number',
    ]);
  });

  it('flags a row already in ElevenOS', () => {
    const existing = resident({
      firstName: 'Jane',
      lastName: 'Doe',
      email: null,
      deactivationDateUtc: null,
    });
    const [checked] = checkImportRows(
      [row(1, { ...jane, moveIn: '4/1/2027' })],
      context({ residents: [existing] }),
    );
    expect(checked!.problems).toEqual(['already in ElevenOS (Hudson 102, scheduled)']);
  });

  it('names the dates of a resident who takes the unit later', () => {
    const [checked] = checkImportRows(
      [row(1, { ...jane, moveIn: '3/1/2027' })],
      context({ residents: [resident({})] }),
    );
    expect(checked!.problems).toEqual([
      'Hudson 102 is held by another resident from Thu, Apr 1, 2027 to Mon, May 31, 2027',
    ]);
  });

  it('lets a row end before another resident starts', () => {
    const [checked] = checkImportRows(
      [row(1, { ...jane, moveIn: '3/1/2027', moveOut: '3/31/2027' })],
      context({ residents: [resident({})] }),
    );
    expect(checked!.problems).toEqual([]);
  });

  it('ignores terminated residents', () => {
    const gone = resident({
      status: ['terminated'],
      activationDateUtc: '2026-01-01T11:00:00.000Z',
      deactivationDateUtc: null,
    });
    const [checked] = checkImportRows(
      [row(1, { ...jane, moveIn: '3/1/2027' })],
      context({ residents: [gone] }),
    );
    expect(checked!.problems).toEqual([]);
  });

  it('flags a repeated person in a shared building', () => {
    const cells = {
      firstName: 'Jo',
      lastName: 'Park',
      building: 'North Hall',
      moveIn: '1/10/2027',
    };
    const checked = checkImportRows(
      [
        row(1, cells),
        row(2, { ...cells, building: 'South Hall' }),
        row(3, { ...cells, moveIn: '1/12/2027' }),
      ],
      context({ site: CAMPUS_COMMONS! }),
    );
    expect(checked.map((each) => each.problems)).toEqual([
      ['repeats row 3 (same name and building)'],
      [],
      ['repeats row 1 (same name and building)'],
    ]);
  });

  it('names a row that repeats another cell for cell', () => {
    const cells = { ...jane, email: 'jane@example.com', moveIn: '3/1/2027' };
    const checked = checkImportRows(
      [row(1, cells), row(2, cells), row(3, { ...cells, firstName: 'Janet' })],
      context(),
    );
    expect(checked[0]!.problems).toEqual(['Hudson 102 is also in row 3 on overlapping dates']);
    expect(checked[1]!.problems).toEqual(['Row 2 repeats row 1.']);
    expect(checked[2]!.problems).toEqual(['Hudson 102 is also in row 1 on overlapping dates']);
  });

  it('keeps the first of two equal rows ready', () => {
    const cells = { ...jane, moveIn: '3/1/2027' };
    const checked = checkImportRows([row(1, cells), row(2, cells)], context());
    expect(checked[0]!.problems).toEqual([]);
    expect(checked[1]!.problems).toEqual(['Row 2 repeats row 1.']);
  });

  it('lets many residents share a building without units', () => {
    const rows = ['Al', 'Bo', 'Cy'].map((firstName, index) =>
      row(index + 1, { firstName, lastName: 'Park', building: 'North Hall', moveIn: '1/10/2027' }),
    );
    expect(
      checkImportRows(rows, context({ site: CAMPUS_COMMONS! })).every(
        (each) => each.problems.length === 0,
      ),
    ).toBe(true);
  });

  it('flags bytes that were not UTF-8', () => {
    const raw = { ...row(1, { ...jane, moveIn: '3/1/2027' }), undecodable: true };
    const [checked] = checkImportRows([raw], context());
    expect(checked!.problems).toEqual([
      'holds characters that are not UTF-8; save the file as CSV UTF-8',
    ]);
  });

  it('asks for the building at a site of buildings only', () => {
    const [checked] = checkImportRows(
      [row(1, { firstName: 'Jo', lastName: 'Park', moveIn: '1/10/2027' })],
      context({ site: CAMPUS_COMMONS! }),
    );
    expect(checked!.problems).toEqual(['building is missing']);
  });
});

describe('contact checks', () => {
  it.each([
    ['jane@example.com', true],
    ['jane.doe+lease@mail.example.co.uk', true],
    ['jane@example', false],
    ['jane@@example.com', false],
    ['jane doe@example.com', false],
    ['jane@example..com', false],
    ['jane@example.c', false],
  ])('email %s is valid: %s', (email, valid) => {
    expect(isValidEmail(email)).toBe(valid);
  });

  it.each([
    ['555-010-0142', true],
    ['(555) 010-0142', true],
    ['+44 20 7946 0958', true],
    ['555.010.0142 ext. 12', true],
    ['555-01', false],
    ['call me', false],
    ['+1 555 010 0142 0000 0000', false],
  ])('phone %s is valid: %s', (phone, valid) => {
    expect(isValidPhone(phone)).toBe(valid);
  });
});
