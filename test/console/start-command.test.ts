import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { afterAll, describe, expect, it } from '@jest/globals';

const directory = mkdtempSync(join(tmpdir(), 'frontdesk-start-'));

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

/** Runs `frontdesk start` as `npm start` does, with piped input and no credentials. */
function start(input: string) {
  return spawnSync('npx', ['tsx', 'bin/frontdesk.ts', 'start'], {
    input,
    encoding: 'utf8',
    timeout: 60_000,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      FRONTDESK_DB_PATH: join(directory, 'frontdesk.db'),
    },
  });
}

describe('frontdesk start', () => {
  it('runs the scripted move-in session against the sandbox and exits', () => {
    const run = start(
      'move in Jane Doe jane@example.com to Hudson 102 on March 1\nyes\nwho is in Hudson 102?\n',
    );
    expect(run.status).toBe(0);
    const card = run.stdout.indexOf('Move in Jane Doe → Hudson 102');
    const confirmed = run.stdout.indexOf('Scheduled: Jane Doe → Hudson 102');
    const lookup = run.stdout.indexOf('Hudson 102: Jane Doe · scheduled');
    expect(card).toBeGreaterThan(-1);
    expect(confirmed).toBeGreaterThan(card);
    expect(lookup).toBeGreaterThan(confirmed);
    expect(run.stdout).toMatch(/Wi-Fi starts {3}Mon, Mar 1, 20\d\d, 6:00 AM EST \(11:00 UTC\)/);
    expect(run.stderr).not.toContain('jane@example.com');
  });

  it('stops with the name of an invalid variable', () => {
    const run = spawnSync('npx', ['tsx', 'bin/frontdesk.ts', 'start'], {
      input: '',
      encoding: 'utf8',
      timeout: 60_000,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ELEVENOS_EMAIL: 'bot@example.com' },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('ELEVENOS_BASE_URL: missing');
  });

  it('forgets the sandbox run at exit without FRONTDESK_DB_PATH', () => {
    // A fresh working folder shows whether a store file appears; tsx is loaded by absolute URL.
    const folder = mkdtempSync(join(directory, 'run-'));
    const tsx = pathToFileURL(join(process.cwd(), 'node_modules/tsx/dist/loader.mjs')).href;
    const run = (input: string) =>
      spawnSync(
        process.execPath,
        ['--import', tsx, join(process.cwd(), 'bin/frontdesk.ts'), 'start'],
        {
          input,
          cwd: folder,
          encoding: 'utf8',
          timeout: 60_000,
          env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: '0' },
        },
      );

    const first = run('use Sunset Terrace\n');
    const second = run('move in Jane Doe to 102 on March 1\n');

    expect(first.status).toBe(0);
    expect(first.stdout).toContain('Sunset Terrace');
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('That unit is at Hudson Yards and Sunset Terrace. Which site?');
    expect(existsSync(join(folder, 'data'))).toBe(false);
  });
});
