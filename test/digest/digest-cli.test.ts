import { execFile } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';

import { describe, expect, it } from '@jest/globals';

import { loadConfig } from '../../src/config.js';
import { runDigestCli } from '../../src/digest/digest-cli.js';
import { silentLogger } from '../../src/log.js';
import { createRuntime } from '../../src/runtime.js';

function collect() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  return { stream, text: () => text };
}

async function run(argv: string[]) {
  const stdout = collect();
  const stderr = collect();
  const code = await runDigestCli(argv, { stdout: stdout.stream, stderr: stderr.stream }, (now) =>
    createRuntime(loadConfig({ FRONTDESK_DB_PATH: ':memory:' }), silentLogger(), {
      now: () => now,
    }),
  );
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

const NEXT_ARGS = [
  'next',
  '--schedule',
  'weekdays 7:30',
  '--zone',
  'America/New_York',
  '--from',
  '2027-03-05T00:00:00Z',
  '--count',
  '5',
];

describe('frontdesk digest', () => {
  it('prints the next runs in UTC', async () => {
    const result = await run(NEXT_ARGS);

    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        '2027-03-05T12:30:00.000Z',
        '2027-03-08T12:30:00.000Z',
        '2027-03-09T12:30:00.000Z',
        '2027-03-10T12:30:00.000Z',
        '2027-03-11T12:30:00.000Z',
        '',
      ].join('\n'),
    );
  });

  it('crosses spring-forward at the same local time', async () => {
    const result = await run([
      'next',
      '--schedule',
      'daily 8am',
      '--zone',
      'America/New_York',
      '--from',
      '2027-03-13T00:00:00Z',
      '--count',
      '3',
    ]);

    expect(result.stdout.trim().split('\n')).toEqual([
      '2027-03-13T13:00:00.000Z',
      '2027-03-14T12:00:00.000Z',
      '2027-03-15T12:00:00.000Z',
    ]);
  });

  it.each([
    [['next', '--zone', 'UTC'], '--schedule is required'],
    [['next', '--schedule', 'daily 25:00'], '25:00 is not a time of day'],
    [
      ['next', '--schedule', 'daily 8am', '--zone', 'Mars/Base'],
      '--zone must be an IANA time zone',
    ],
    [
      ['next', '--schedule', 'daily 8am', '--from', 'yesterday'],
      '--from must be an ISO 8601 instant',
    ],
    [
      ['next', '--schedule', 'daily 8am', '--count', '0'],
      '--count must be a whole number from 1 to 1000',
    ],
    [['next', '--schedule', 'daily 8am', '--color'], "Unknown option '--color'"],
    [['preview'], '--site is required'],
    [['rewind'], 'Unknown digest command "rewind"'],
  ])('rejects %j', async (argv, message) => {
    const result = await run(argv);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('usage: frontdesk digest next');
  });

  it('previews a site’s digest', async () => {
    const result = await run([
      'preview',
      '--site',
      'Hudson Yards',
      '--now',
      '2026-12-04T15:00:00Z',
    ]);

    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        'Move-ins and move-outs · Hudson Yards · Fri, Dec 4 – Thu, Dec 10',
        'Mon, Dec 7',
        '  in    Hudson 203     Priya Nair       scheduled',
        '  out   Riverside 2B   Tom Reyes        current, pending',
        'Wed, Dec 9',
        '  in    Riverside 2C   Lena Ortiz       scheduled · no email on file',
        '',
      ].join('\n'),
    );
  });

  it('names the sites when the preview’s site is unknown', async () => {
    const result = await run(['preview', '--site', 'Nowhere', '--now', '2026-12-04T15:00:00Z']);

    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'Site "Nowhere" not found. Sites: Hudson Yards, Sunset Terrace, Campus Commons\n',
    );
  });

  it('prints usage for a negative count', async () => {
    const result = await run(['next', '--schedule', 'daily 8am', '--count', '-1']);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Option '--count' argument is ambiguous.");
    expect(result.stderr).toContain('usage: frontdesk digest next');
    expect(result.stderr).not.toContain('    at ');
  });

  it('prints usage for a missing option value', async () => {
    const result = await run(['preview', '--site']);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Option '--site <value>' argument missing");
    expect(result.stderr).toContain('usage: frontdesk digest next');
  });

  it('prints the same instants whatever the process time zone', async () => {
    const outputs = await Promise.all(
      ['UTC', 'America/Los_Angeles', 'Asia/Tokyo'].map(async (zone) => {
        const { stdout } = await promisify(execFile)(
          process.execPath,
          ['--import', 'tsx', 'bin/frontdesk.ts', 'digest', ...NEXT_ARGS],
          { env: { ...process.env, TZ: zone, NODE_OPTIONS: '' } },
        );
        return stdout;
      }),
    );

    expect(outputs[0]).toContain('2027-03-05T12:30:00.000Z');
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).toBe(outputs[0]);
  });
});
