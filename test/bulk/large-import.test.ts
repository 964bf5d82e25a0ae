import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { startBulkHarness, type BulkHarness } from './helpers/bulk-harness.js';
import { largeImportCsv } from './helpers/large-import.js';

// Its time is measured by test/bulk/bench-large-import.ts, not here.
describe('5,000-row import', () => {
  let bulk: BulkHarness;
  let directory: string;

  beforeEach(async () => {
    bulk = await startBulkHarness();
    directory = mkdtempSync(join(tmpdir(), 'frontdesk-large-'));
  });

  afterEach(async () => {
    await bulk.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('checks every row and previews the file', async () => {
    const path = join(directory, 'students.csv');
    writeFileSync(path, largeImportCsv(5_000));

    const preview = await bulk.chat.say(`import ${path} at Campus Commons`);

    expect(preview).toContain('students.csv → Campus Commons: 5,000 rows');
    expect(preview).toContain('4,950 ready · 50 need a fix');
    expect(preview).toContain('Row 100   email "student100@" is not a valid email address');
    expect(preview).toContain('45 more rows with problems in problems.csv.');
    expect(preview).toContain('[1] Send 4,950 rows  [2] Problems CSV  [3] Cancel');
    const jobId = bulk.chat.latestCard()!.actions[0]!.value;
    expect(await bulk.jobs.countRows(jobId)).toMatchObject({ ready: 4_950, problem: 50 });
  });
});
