// Generated import files through readImportFile and the row checks, against the sandbox's own
// unit mappings: the only error is BulkFileError, every problem is a plain sentence, and rows
// keep their order. Jest fails a test on any unhandled rejection or uncaught exception during it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import { afterAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';

import { checkImportRows } from '../../src/bulk/check/check-import.js';
import type { ImportCheckContext } from '../../src/bulk/check/import-row.js';
import { readImportFile } from '../../src/bulk/check/read-import-file.js';
import type { CsvSource } from '../../src/bulk/csv/read-csv.js';
import { BulkFileError } from '../../src/bulk/errors.js';
import { seedSites } from '../../src/sandbox/seed-sites.js';
import { createUnitIndex } from '../../src/units/unit-index.js';
import { plainTextBreaks } from './helpers/plain-text.js';

const RUNS = 10_000;
const NOW = new Date('2026-12-04T15:00:00Z');
const directory = mkdtempSync(join(tmpdir(), 'frontdesk-fuzz-csv-'));

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

// The mappings are built once: every generated file is checked against all three demo sites.
const contexts: ImportCheckContext[] = seedSites().map(({ mappings, ...site }) => ({
  site: { siteId: site.siteId, name: site.name, siteType: site.siteType, timeZone: site.timeZone },
  index: createUnitIndex(mappings),
  residents: [],
  now: NOW,
  dateOrder: 'month-first',
}));

const REAL_HEADERS = [
  'First name',
  'Last name',
  'Name',
  'Resident Name',
  'Email',
  'E-mail address',
  'Phone',
  'Mobile',
  'Building',
  'Bldg',
  'Floor',
  'Unit',
  'Apt',
  'Move-in',
  'Lease start date',
  'Move-out',
  'Lease End',
  'Wi-Fi start',
];

const header = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...REAL_HEADERS) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('', ' ', 'Notes', '__proto__', 'constructor', 'toString', 'Ünit'),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

const date = fc.oneof(
  fc
    .date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true })
    .chain((day) =>
      fc.constantFrom(
        day.toISOString().slice(0, 10),
        `${day.getUTCMonth() + 1}/${day.getUTCDate()}/${day.getUTCFullYear()}`,
        `${day.getUTCDate()}.${day.getUTCMonth() + 1}.${day.getUTCFullYear()}`,
        day.toUTCString(),
        `${day.toISOString().slice(0, 10)} 00:00:00`,
      ),
    ),
  fc.constantFrom('March 1', '31/02/2027', '2027-13-45', 'tomorrow', 'next Friday', '0/0/0'),
  fc.string({ maxLength: 16 }),
);

const cell = fc.oneof(
  { weight: 60, arbitrary: fc.constantFrom('Jane', 'Doe', 'Jane Doe', 'Doe, Jane', 'O’Brien') },
  { weight: 40, arbitrary: fc.constantFrom('Hudson', 'Riverside', '102', '2B', '1', 'Hudson 102') },
  { weight: 40, arbitrary: date },
  { weight: 20, arbitrary: fc.emailAddress() },
  { weight: 20, arbitrary: fc.constantFrom('a@b', 'x@@y.com', 'jane @example.com', '@') },
  { weight: 20, arbitrary: fc.stringMatching(/^\+?[0-9 ().-]{0,20}(?: ?x\d{1,8})?$/) },
  { weight: 40, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
  { weight: 20, arbitrary: fc.constantFrom('"', '""', 'a"b', 'line\nbreak', 'cr\rlf', ',;\t') },
);

// Half the files name every needed column, so most of them reach the row checks.
const completeHeader = fc
  .tuple(
    fc.constantFrom(['First name', 'Last name'], ['Name'], ['Resident Name']),
    fc.constantFrom(['Building', 'Unit'], ['Unit'], ['Bldg', 'Floor', 'Apt']),
    fc.constantFrom(['Move-in'], ['Lease start date'], ['Move-in', 'Move-out']),
    fc.subarray(['Email', 'Phone', 'Notes', '__proto__']),
  )
  .chain((parts) => fc.shuffledSubarray(parts.flat(), { minLength: parts.flat().length }));

/** Generates null, or a value of `arbitrary` once in `outOf` times. */
function rarely<T>(arbitrary: fc.Arbitrary<T>, outOf: number): fc.Arbitrary<T | null> {
  return fc.oneof({ weight: outOf - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary });
}

// A rare huge cell passes the 64 KB record limit or comes close to it.
const hugeCell = rarely(
  fc.integer({ min: 60_000, max: 70_000 }).map((length) => 'x'.repeat(length)),
  100,
);

interface Layout {
  delimiter: string;
  lineEnd: string;
  bom: boolean;
  quoteAll: boolean;
  blankLines: number[];
}

const layout: fc.Arbitrary<Layout> = fc.record({
  delimiter: fc.constantFrom(',', ';', '\t'),
  lineEnd: fc.constantFrom('\n', '\r\n', '\r'),
  bom: fc.boolean(),
  quoteAll: fc.boolean(),
  blankLines: fc.array(fc.nat(6), { maxLength: 3 }),
});

function quote(text: string, delimiter: string, quoteAll: boolean): string {
  const needs = quoteAll || /["\r\n]/.test(text) || text.includes(delimiter);
  return needs ? `"${text.replaceAll('"', '""')}"` : text;
}

function serialize(rows: string[][], shape: Layout): string {
  const lines = rows.map((row) =>
    row.map((each) => quote(each, shape.delimiter, shape.quoteAll)).join(shape.delimiter),
  );
  for (const at of shape.blankLines) lines.splice(Math.min(at, lines.length), 0, '');
  return `${shape.bom ? '\uFEFF' : ''}${lines.join(shape.lineEnd)}${shape.lineEnd}`;
}

// Byte damage that a JavaScript string cannot hold: invalid UTF-8, NUL, an unclosed quote.
const damage = rarely(
  fc.record({
    at: fc.nat(),
    bytes: fc.constantFrom(
      Buffer.from([0xff, 0xfe]),
      Buffer.from([0xc3]),
      Buffer.from([0xe9, 0x20]),
      Buffer.from([0x00]),
      Buffer.from('"'),
    ),
  }),
  10,
);

const importFile = fc
  .record({
    headers: fc.oneof(completeHeader, fc.array(header, { maxLength: 8 })),
    huge: hugeCell,
    rows: fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 4 }),
    shape: layout,
    damage,
    site: fc.nat(contexts.length - 1),
  })
  .map(({ headers, huge, rows, shape, damage: broken, site }) => {
    const text = serialize([headers, ...rows, ...(huge === null ? [] : [[huge]])], shape);
    if (broken === null) return { source: { text } as CsvSource, site };
    const bytes = Buffer.from(text, 'utf8');
    const at = broken.at % (bytes.length + 1);
    return {
      source: null,
      bytes: Buffer.concat([bytes.subarray(0, at), broken.bytes, bytes.subarray(at)]),
      site,
    };
  });

let written = 0;
function toSource(file: { source: CsvSource | null; bytes?: Buffer }): CsvSource {
  if (file.source !== null) return file.source;
  const path = join(directory, `file-${(written += 1)}.csv`);
  writeFileSync(path, file.bytes!);
  return { path };
}

describe('import file fuzzing', () => {
  it('reads and checks any generated file without an unexpected error', async () => {
    const outcomes = { fileErrors: 0, checked: 0, rows: 0 };
    const started = performance.now();
    await fc.assert(
      fc.asyncProperty(importFile, async (file) => {
        let read;
        try {
          read = await readImportFile(toSource(file));
        } catch (error) {
          expect(error).toBeInstanceOf(BulkFileError);
          expect(plainTextBreaks((error as Error).message)).toEqual([]);
          outcomes.fileErrors += 1;
          return;
        }
        expect(read.rows.map((row) => row.row)).toEqual(read.rows.map((_, i) => i + 1));

        const checked = checkImportRows(read.rows, contexts[file.site]!);
        expect(checked.map((row) => row.row)).toEqual(read.rows.map((row) => row.row));
        for (const row of checked) {
          for (const problem of row.problems) expect(plainTextBreaks(problem)).toEqual([]);
        }
        outcomes.checked += 1;
        outcomes.rows += checked.length;
      }),
      { numRuns: RUNS },
    );
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      `csv fuzz: ${RUNS} files in ${seconds} s; ${outcomes.fileErrors} file errors, ${outcomes.checked} checked (${outcomes.rows} rows)\n`,
    );
    // Both paths must be exercised, or the generator has drifted into one of them.
    expect(outcomes.fileErrors).toBeGreaterThan(RUNS / 20);
    expect(outcomes.checked).toBeGreaterThan(RUNS / 20);
  }, 120_000);

  it('reports a unit cell of 60,000 characters as too long', async () => {
    const text = `First name,Last name,Unit,Move-in\nJane,Doe,${'1'.repeat(60_000)},3/1/2027\n`;
    const { rows } = await readImportFile({ text });

    const [checked] = checkImportRows(rows, contexts[0]!);

    expect(checked!.problems).toEqual([
      '"11111111111111111111…" is 60,000 characters long, too long for a building, floor or unit',
    ]);
  });
});
