// Measures the import check and preview, and the worker's send and read-back, for large files:
//   npx tsx test/bulk/bench-large-import.ts [ROWS...]
// It prints one JSON line per size. Not a test: jest runs only *.test.ts files.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startBulkHarness } from './helpers/bulk-harness.js';
import { largeImportCsv } from './helpers/large-import.js';

const sizes = process.argv.slice(2).map(Number);

for (const rows of sizes.length > 0 ? sizes : [1_000, 5_000, 10_000]) {
  const bulk = await startBulkHarness();
  const directory = mkdtempSync(join(tmpdir(), 'frontdesk-bench-'));
  const path = join(directory, 'students.csv');
  writeFileSync(path, largeImportCsv(rows));

  const checkStart = performance.now();
  const preview = await bulk.chat.say(`import ${path} at Campus Commons`);
  const checkMs = performance.now() - checkStart;

  const sendStart = performance.now();
  await bulk.chat.say('yes');
  await bulk.runWorker({ maxRuns: 200 });
  const sendMs = performance.now() - sendStart;
  const result = bulk.posts.at(-1)?.replies[0];

  process.stdout.write(
    `${JSON.stringify({
      rows,
      checkAndPreviewMs: Math.round(checkMs),
      sendAndReconcileMs: Math.round(sendMs),
      preview: preview.split('\n')[0],
      result: result?.kind === 'card' ? result.card.title : null,
    })}\n`,
  );
  await bulk.close();
  rmSync(directory, { recursive: true, force: true });
}
