import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { SANDBOX_SITES } from '../../src/sandbox/index.js';
import { postedText, startBulkHarness, type BulkHarness } from '../bulk/helpers/bulk-harness.js';
import { createFaultTally } from './fault-tally.js';

const ROWS = 6;
const tally = createFaultTally('bulk-outage');

afterAll(() => {
  process.stdout.write(`${tally.summary()}\n`);
});

function rows(): string {
  const lines = ['First name,Last name,Building,Move-in'];
  for (let n = 1; n <= ROWS; n += 1) {
    lines.push(`Outage${n},Bulk,North Hall,1/10/2027`);
  }
  return `${lines.join('\n')}\n`;
}

describe('ElevenOS outage during a bulk import', () => {
  let bulk: BulkHarness;
  let directory: string;

  beforeEach(async () => {
    bulk = await startBulkHarness();
    directory = mkdtempSync(join(tmpdir(), 'frontdesk-outage-'));
  });

  afterEach(async () => {
    await bulk.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('schedules every row once after the outage ends', async () => {
    const path = join(directory, 'outage.csv');
    writeFileSync(path, rows());
    expect(await bulk.chat.say(`import ${path} at Campus Commons`)).toContain(
      `${ROWS} ready · 0 need a fix`,
    );

    // Everything but the token fails, with a 503 for the import and every read-back.
    await bulk.setFaults({ failure: { status: 503, every: 1 } });
    await bulk.chat.say('yes');
    await expect(bulk.runWorker({ maxRuns: 3 })).rejects.toThrow(/still unfinished/);
    const failedDuringOutage = bulk.chat.calls.filter((call) => call.status === 503).length;
    tally.inject('ElevenOS 503', failedDuringOutage);
    await bulk.setFaults({ failure: null });
    await bulk.runWorker();

    const residents = (await bulk.residents(SANDBOX_SITES.campusCommons)).filter(
      (each) => each.lastName === 'Bulk',
    );
    const names = residents.map((each) => each.firstName).sort();
    tally.duplicates(Math.max(0, residents.length - ROWS));
    expect(failedDuringOutage).toBeGreaterThan(0);
    expect(names).toEqual(Array.from({ length: ROWS }, (_, i) => `Outage${i + 1}`));
    expect(bulk.posts).toHaveLength(1);
    expect(postedText(bulk.posts)).toContain(
      `Import finished: ${ROWS} of ${ROWS} rows scheduled · Campus Commons`,
    );
    const audited = (await bulk.chat.runtime.audit.list({ since: new Date(0) })).filter(
      (event) => event.kind === 'api_call' && event.detail.status === 503,
    );
    expect(audited.length).toBeGreaterThan(0);
  });

  it('audits the send and the result', async () => {
    const path = join(directory, 'outage.csv');
    writeFileSync(path, rows());
    await bulk.chat.say(`import ${path} at Campus Commons`);
    await bulk.setFaults({ failure: { status: 503, every: 1 } });
    await bulk.chat.say('yes');
    await expect(bulk.runWorker({ maxRuns: 3 })).rejects.toThrow(/still unfinished/);
    await bulk.setFaults({ failure: null });
    await bulk.runWorker();

    const events = await bulk.chat.runtime.audit.list({ since: new Date(0) });
    const confirmation = events.filter((event) => event.kind === 'confirmation');
    const result = events.filter((event) => event.kind === 'result');
    expect(confirmation.map((event) => event.detail)).toEqual([{ bulkJob: 'import', ready: ROWS }]);
    expect(result.map((event) => event.detail)).toEqual([
      { bulkJob: 'import', done: ROWS, failed: 0, posted: true },
    ]);
    expect(result[0]!.proposalId).toBe(confirmation[0]!.proposalId);
  });
});
