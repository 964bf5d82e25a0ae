import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { runParseCommand } from '../../src/cli/parse-command.js';
import { CORPUS_DIR } from './corpus-helpers.js';

const NOW = ['--now', '2026-12-04T15:00:00Z', '--zone', 'America/New_York'];
const MAPPINGS = ['--mappings', resolve(CORPUS_DIR, 'mappings.json')];

async function run(argv: string[], input = '') {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  stdin.end(input);
  const code = await runParseCommand(argv, { stdin, stdout, stderr });
  return { code, out, err };
}

const lines = (out: string) =>
  out
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('frontdesk parse', () => {
  it('prints one JSON line per non-empty stdin line, in order', async () => {
    const input = 'move in Jane Doe to Hudson 102 on March 1\n\nhelp\r\nasdfgh\n';
    const { code, out } = await run(['--stdin', ...MAPPINGS, ...NOW], input);
    expect(code).toBe(0);
    const results = lines(out);
    expect(results.map((result) => result.intent)).toEqual(['move_in', 'help', 'unknown']);
    expect(results[0]?.startDate).toBe('2027-03-01');
    expect(results[0]?.unit).toEqual({
      status: 'resolved',
      building: 'Hudson',
      floor: '1',
      unit: '102',
    });
  });

  it('prints every contract key', async () => {
    const { out } = await run([...MAPPINGS, ...NOW, 'who is moving in next week?']);
    expect(Object.keys(lines(out)[0] ?? {})).toEqual([
      'intent',
      'people',
      'unit',
      'toUnit',
      'startDate',
      'endDate',
      'window',
      'kind',
      'problems',
    ]);
  });

  it('warns once and finds no units without mappings', async () => {
    const { code, out, err } = await run(['--stdin', ...NOW], 'who is in 2C\nwho is in 2B\n');
    expect(code).toBe(0);
    expect(lines(out).map((result) => (result.unit as { status: string }).status)).toEqual([
      'not_found',
      'not_found',
    ]);
    expect(err.match(/--mappings/g)).toHaveLength(1);
  });

  it('reads numeric dates day first when asked', async () => {
    const { out } = await run([...NOW, '--date-order', 'day-first', 'move in Jo Ames on 4/5']);
    expect(lines(out)[0]?.startDate).toBe('2027-05-04');
  });

  it('accepts a bare list of camelCase mappings', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'frontdesk-parse-'));
    const file = join(folder, 'mappings.json');
    writeFileSync(file, JSON.stringify([{ building: 'Elm', floor: null, unit: '7' }]));
    const { out } = await run(['--mappings', file, ...NOW, 'who lives in Elm 7']);
    expect((lines(out)[0]?.unit as { status: string }).status).toBe('resolved');
  });

  it('rejects an invalid zone with exit code 2', async () => {
    const { code, out, err } = await run(['--zone', 'Mars/Base', 'help']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('Mars/Base');
  });

  it('rejects an unreadable mappings file with exit code 2', async () => {
    const { code, err } = await run(['--mappings', '/nonexistent/mappings.json', 'help']);
    expect(code).toBe(2);
    expect(err).toContain('/nonexistent/mappings.json');
  });

  it('prints usage for --help', async () => {
    const { code, out } = await run(['--help']);
    expect(code).toBe(0);
    expect(out).toContain('--date-order');
  });
});
