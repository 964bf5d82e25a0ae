import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { SANDBOX_SITES } from '../../src/sandbox/index.js';
import { postedText, startBulkHarness, type BulkHarness } from './helpers/bulk-harness.js';

const HALLS = ['North Hall', 'South Hall', 'West Hall'];

/** 50 move-ins at Campus Commons with no email, so ElevenOS itself would accept a duplicate. */
function fiftyRows(): string {
  const lines = ['First name,Last name,Building,Move-in'];
  for (let n = 1; n <= 50; n += 1) {
    lines.push(`Resident${String(n).padStart(2, '0')},Flaky,${HALLS[n % 3]},1/10/2027`);
  }
  return `${lines.join('\n')}\n`;
}

describe('bulk import against a failing ElevenOS', () => {
  let bulk: BulkHarness;
  let directory: string;

  beforeEach(async () => {
    bulk = await startBulkHarness();
    directory = mkdtempSync(join(tmpdir(), 'frontdesk-flaky-'));
  });

  afterEach(async () => {
    await bulk.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('schedules every row exactly once while every 3rd call fails', async () => {
    // Ten rows per ElevenOS job make enough calls for the failures to hit sends and reads alike.
    await bulk.close();
    bulk = await startBulkHarness({ settings: { rowsPerSubmission: 10 } });
    const path = join(directory, 'fifty.csv');
    writeFileSync(path, fiftyRows());
    const preview = await bulk.chat.say(`import ${path} at Campus Commons`);
    expect(preview).toContain('50 ready · 0 need a fix');

    await bulk.setFaults({ failure: { status: 500, every: 3 } });
    await bulk.chat.say('yes');
    await bulk.runWorker({ maxRuns: 80 });
    await bulk.setFaults({ failure: null });

    const residents = await bulk.residents(SANDBOX_SITES.campusCommons);
    const names = residents
      .filter((each) => each.lastName === 'Flaky')
      .map((each) => each.firstName);
    const expected = Array.from(
      { length: 50 },
      (_, i) => `Resident${String(i + 1).padStart(2, '0')}`,
    );
    expect(names.sort()).toEqual(expected);
    expect(bulk.posts).toHaveLength(1);
    expect(postedText(bulk.posts)).toContain(
      'Import finished: 50 of 50 rows scheduled · Campus Commons',
    );
    const imports = bulk.chat.calls.filter((call) =>
      call.pathTemplate.endsWith('/residents/import'),
    );
    const reads = bulk.chat.calls.filter((call) => call.method === 'GET');
    expect(imports.some((call) => call.status === 500)).toBe(true);
    expect(reads.some((call) => call.status === 500)).toBe(true);
  });

  it('sends the rows again when the import request itself fails', async () => {
    const path = join(directory, 'fifty.csv');
    writeFileSync(path, fiftyRows());
    await bulk.chat.say(`import ${path} at Campus Commons`);
    await bulk.setFaults({ failure: { status: 503, next: 1, routes: ['importResidents'] } });
    await bulk.chat.say('yes');
    await bulk.runWorker();

    const imports = bulk.chat.calls.filter((call) =>
      call.pathTemplate.endsWith('/residents/import'),
    );
    const names = (await bulk.residents(SANDBOX_SITES.campusCommons)).filter(
      (each) => each.lastName === 'Flaky',
    );
    expect(imports.map((call) => call.status)).toEqual([503, 202]);
    expect(names).toHaveLength(50);
    expect(postedText(bulk.posts)).toContain('Import finished: 50 of 50 rows scheduled');
  });

  it('does not send again when ElevenOS applied the job but answered 500', async () => {
    const path = join(directory, 'fifty.csv');
    writeFileSync(path, fiftyRows());
    await bulk.chat.say(`import ${path} at Campus Commons`);
    await bulk.setFaults({
      failure: { status: 500, next: 1, afterApply: true, routes: ['importResidents'] },
    });
    await bulk.chat.say('yes');
    await bulk.runWorker();

    const imports = bulk.chat.calls.filter((call) =>
      call.pathTemplate.endsWith('/residents/import'),
    );
    const names = (await bulk.residents(SANDBOX_SITES.campusCommons)).filter(
      (each) => each.lastName === 'Flaky',
    );
    expect(imports).toHaveLength(1);
    expect(names).toHaveLength(50);
  });
});
