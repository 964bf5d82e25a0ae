import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';

import { describe, expect, it } from '@jest/globals';

import { runImportCheck } from '../../src/bulk/cli/import-check-command.js';

const MIXED = 'test/fixtures/bulk/move-ins-mixed.csv';
const NOW = '2026-12-04T15:00:00Z';

function sink(): Writable & { text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return Object.assign(stream, { text: () => chunks.join('') });
}

async function check(args: string[]) {
  const stdout = sink();
  const stderr = sink();
  const code = await runImportCheck(args, { stdout, stderr, env: {} });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

const EXPECTED_ROWS = [
  { row: 1, status: 'ready', problems: [] },
  {
    row: 2,
    status: 'problem',
    problems: ['Hudson 109: no such unit (closest: Hudson 103, Hudson 102)'],
  },
  {
    row: 3,
    status: 'problem',
    problems: ['ends Tue, Jun 1, 2027, before it starts (Thu, Jun 10, 2027)'],
  },
  {
    row: 4,
    status: 'problem',
    problems: ['Riverside 101 is held by another resident until Mon, Jan 18, 2027'],
  },
  { row: 5, status: 'problem', problems: ['email "lee@@example" is not a valid email address'] },
  { row: 6, status: 'problem', problems: ['phone "555-01" is not a valid phone number'] },
  { row: 7, status: 'problem', problems: ['Hudson 200 is also in row 8 on overlapping dates'] },
  { row: 8, status: 'problem', problems: ['Hudson 200 is also in row 7 on overlapping dates'] },
  { row: 9, status: 'problem', problems: ['move-in date is missing'] },
  { row: 10, status: 'problem', problems: ['move-in Sun, Nov 1 has passed'] },
  { row: 11, status: 'problem', problems: ['move-in "2/30/2027" is not a date'] },
  {
    row: 12,
    status: 'problem',
    problems: [
      'Unit 101 is in more than one building (Hudson 101, Riverside 101); add the building',
    ],
  },
  {
    row: 13,
    status: 'problem',
    problems: [
      'sam.lee@example.com already belongs to a resident at this site (Hudson 101, current)',
    ],
  },
  { row: 14, status: 'problem', problems: ['last name is missing'] },
  {
    row: 15,
    status: 'problem',
    problems: ['there is no building called Hudsen; did you mean Hudson 303?'],
  },
  { row: 16, status: 'ready', problems: [] },
  { row: 17, status: 'ready', problems: [] },
  {
    row: 18,
    status: 'problem',
    problems: ['Hudson 202 is held by another resident with no end date'],
  },
  {
    row: 19,
    status: 'problem',
    problems: ['Hudson 203 is held by another resident from Mon, Dec 7'],
  },
];

describe('frontdesk import --check', () => {
  it('prints the right problem for each kind of bad row', async () => {
    const run = await check([MIXED, '--check', '--json', '--now', NOW]);
    const lines = run.stdout.trim().split('\n');

    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(lines).toHaveLength(EXPECTED_ROWS.length);
    lines.forEach((line, index) => {
      expect(JSON.parse(line)).toEqual(EXPECTED_ROWS[index]);
    });
  });

  it('checks against the site given with --site', async () => {
    const run = await check([MIXED, '--check', '--json', '--site', 'Sunset Terrace', '--now', NOW]);
    const first = JSON.parse(run.stdout.split('\n')[0]!) as { problems: string[] };

    expect(run.code).toBe(0);
    expect(first.problems).toEqual([
      "there is no building called Hudson: this site's units have none",
    ]);
  });

  it('prints plain lines and a summary without --json', async () => {
    const run = await check([MIXED, '--check', '--now', NOW]);
    expect(run.stdout).toContain('Row 1: ready\n');
    expect(run.stdout).toContain('Row 9: move-in date is missing\n');
    expect(run.stdout).toMatch(/19 rows for Hudson Yards: 3 ready, 16 need a fix\.\n$/);
  });

  it('refuses to run without --check', async () => {
    const run = await check([MIXED, '--json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('add --check');
    expect(run.stdout).toBe('');
  });

  it('names an unknown site', async () => {
    const run = await check([MIXED, '--check', '--site', 'Nowhere']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'There is no site called "Nowhere". Sites: Hudson Yards, Sunset Terrace, Campus Commons.',
    );
  });

  it('explains a file it cannot read', async () => {
    const run = await check(['test/fixtures/bulk/absent.csv', '--check']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('frontdesk import: There is no file at that path.\n');
  });

  it('names a folder given as FILE', async () => {
    const run = await check(['test/fixtures/bulk', '--check']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'frontdesk import: test/fixtures/bulk is a folder. Give the path of a CSV file.\n',
    );
  });

  it('asks for --site when no site fits', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'frontdesk-site-'));
    const path = join(directory, 'unknown-units.csv');
    writeFileSync(path, 'First name,Last name,Unit,Move-in\nJane,Doe,999,3/1/2027\n');
    try {
      const run = await check([path, '--check']);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(
        'frontdesk import: Which site is this file for? Add --site <site>. Sites: Hudson Yards, Sunset Terrace, Campus Commons.\n',
      );
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('runs from npm run frontdesk and exits 0', () => {
    const run = spawnSync(
      'npx',
      ['tsx', 'bin/frontdesk.ts', 'import', MIXED, '--check', '--json', '--now', NOW],
      {
        encoding: 'utf8',
        timeout: 60_000,
        env: { PATH: process.env.PATH, HOME: process.env.HOME },
      },
    );
    expect(run.status).toBe(0);
    expect(
      run.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as unknown),
    ).toEqual(EXPECTED_ROWS);
  });
});
