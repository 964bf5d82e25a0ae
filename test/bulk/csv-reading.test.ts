import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from '@jest/globals';

import { readImportFile } from '../../src/bulk/check/read-import-file.js';
import { detectDelimiter } from '../../src/bulk/csv/read-csv.js';
import { toCsv } from '../../src/bulk/csv/write-csv.js';
import { BulkFileError } from '../../src/bulk/errors.js';

const directory = mkdtempSync(join(tmpdir(), 'frontdesk-csv-'));

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

function file(name: string, content: string | Buffer): { path: string } {
  const path = join(directory, name);
  writeFileSync(path, content);
  return { path };
}

describe('import file reading', () => {
  it('reads a file with a byte order mark and CRLF lines', async () => {
    const source = file(
      'bom.csv',
      '\uFEFFFirst name,Last name,Unit,Move-in\r\nJane,Doe,102,3/1/2027\r\n',
    );
    const { rows } = await readImportFile(source);
    expect(rows).toEqual([
      {
        row: 1,
        cells: expect.objectContaining({
          firstName: 'Jane',
          lastName: 'Doe',
          unit: '102',
          moveIn: '3/1/2027',
        }) as unknown,
        undecodable: false,
      },
    ]);
  });

  it('keeps commas and line breaks inside quotes', async () => {
    const text = 'Name,Unit,Move-in,Notes\n"Doe, Jane",102,"Mar 1, 2027","two\nlines"\n';
    const { rows } = await readImportFile({ text });
    expect(rows[0]!.cells).toMatchObject({ name: 'Doe, Jane', moveIn: 'Mar 1, 2027' });
  });

  it('numbers data rows without blank lines', async () => {
    const text = 'Name,Unit,Move-in\n\nJane Doe,102,3/1/2027\n,,\n\nJohn Roe,103,3/2/2027\n';
    const { rows } = await readImportFile({ text });
    expect(rows.map((row) => [row.row, row.cells.name])).toEqual([
      [1, 'Jane Doe'],
      [2, 'John Roe'],
    ]);
  });

  it('reads semicolon and tab separated files', async () => {
    const semicolons = await readImportFile({ text: 'Name;Unit;Move-in\nJane Doe;102;1.3.2027\n' });
    const tabs = await readImportFile({ text: 'Name\tUnit\tMove-in\nJane Doe\t102\t3/1/2027\n' });
    expect(semicolons.rows[0]!.cells).toMatchObject({ name: 'Jane Doe', unit: '102' });
    expect(tabs.rows[0]!.cells).toMatchObject({ name: 'Jane Doe', unit: '102' });
  });

  it('marks a row with bytes that are not UTF-8', async () => {
    const latin1 = Buffer.concat([
      Buffer.from('Name,Unit,Move-in\nJos'),
      Buffer.from([0xe9]),
      Buffer.from(' Diaz,102,3/1/2027\n'),
    ]);
    const { rows } = await readImportFile(file('latin1.csv', latin1));
    expect(rows[0]!.undecodable).toBe(true);
  });

  it('lists the columns it does not use', async () => {
    const { columns } = await readImportFile({
      text: 'Name,Apt,Start,Parking,Notes\nJane Doe,102,3/1/2027,P4,\n',
    });
    expect(columns.ignored).toEqual(['Parking', 'Notes']);
  });

  it.each([
    ['a UTF-16 file', Buffer.from('\uFEFFName,Unit,Move-in\n', 'utf16le'), 'saved as UTF-16'],
    [
      'a spreadsheet saved as .xlsx',
      Buffer.concat([
        Buffer.from('PK\u0003\u0004'),
        Buffer.alloc(16),
        Buffer.from('[Content_Types].xml'),
      ]),
      'The file is not CSV text',
    ],
    [
      'random bytes',
      Buffer.from(Array.from({ length: 300 }, (_, i) => 0x80 + ((i * 37) % 0x40))),
      'The file is not CSV text',
    ],
    [
      'an unclosed quote',
      'Name,Unit,Move-in\n"Jane Doe,102,3/1/2027\n',
      'a quoted field is never closed',
    ],
    [
      'missing columns',
      'Name,Email\nJane Doe,jane@example.com\n',
      'Unit, Move-in are missing. Found: Name, Email.',
    ],
    [
      'a doubled column',
      'Name,Unit,Apt,Move-in\nJane Doe,102,103,3/1/2027\n',
      'Two columns hold the unit: "Unit" and "Apt"',
    ],
    ['a header only', 'Name,Unit,Move-in\n', 'a header row but no data rows'],
    ['an empty file', '', 'The file is empty.'],
    [
      'a file without line breaks',
      `Name,Unit,Move-in\n${'x'.repeat(70_000)}`,
      'a row is longer than 64 KB',
    ],
  ])('refuses %s', async (_case, content, message) => {
    const read = readImportFile(file('bad.csv', content));
    await expect(read).rejects.toBeInstanceOf(BulkFileError);
    await expect(readImportFile(file('bad.csv', content))).rejects.toThrow(message);
  });
});

describe('delimiter detection', () => {
  it.each([
    ['a,b;c,d', ','],
    ['a;b;c', ';'],
    ['a\tb\tc', '\t'],
    ['"a,b";"c,d";e', ';'],
    ['single', ','],
  ])('picks the delimiter of %j', (line, delimiter) => {
    expect(detectDelimiter(line)).toBe(delimiter);
  });
});

describe('CSV writing', () => {
  it('quotes and defuses cells', () => {
    const csv = toCsv(
      ['Row', 'Note'],
      [
        [1, 'a, "b"'],
        [2, '=HYPERLINK("x")'],
        [3, null],
      ],
    );
    expect(csv).toBe('\uFEFFRow,Note\r\n1,"a, ""b"""\r\n2,"\'=HYPERLINK(""x"")"\r\n3,\r\n');
  });
});
