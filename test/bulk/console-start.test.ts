import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from '@jest/globals';

const directory = mkdtempSync(join(tmpdir(), 'frontdesk-bulk-start-'));

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

describe('frontdesk start with a piped import', () => {
  it('prints the job result before it exits', () => {
    // The dates are years ahead because the console's sandbox runs on the real clock.
    const run = spawnSync('npx', ['tsx', 'bin/frontdesk.ts', 'start'], {
      input: 'import test/fixtures/bulk/move-ins-2031.csv\nyes\n',
      encoding: 'utf8',
      timeout: 90_000,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        FRONTDESK_DB_PATH: join(directory, 'frontdesk.db'),
      },
    });

    expect(run.status).toBe(0);
    const preview = run.stdout.indexOf('move-ins-2031.csv → Hudson Yards: 3 rows');
    const queued = run.stdout.indexOf('Sending 2 rows · Hudson Yards');
    const result = run.stdout.indexOf('Import finished: 2 of 2 rows scheduled · Hudson Yards');
    expect(preview).toBeGreaterThan(-1);
    expect(queued).toBeGreaterThan(preview);
    expect(result).toBeGreaterThan(queued);
    expect(run.stdout).toContain('Row 3   Hudson 109: no such unit');
    expect(run.stderr).not.toContain('nia@example.com');
  });
});
