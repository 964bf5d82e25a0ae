import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { createConsolePoster } from '../../adapters/console/console-poster.js';
import type { Reply } from '../../src/bot/replies.js';

const FILE: Reply = {
  kind: 'file',
  file: {
    name: 'failures-1a2b3c4d.csv',
    mimeType: 'text/csv',
    content: 'Row,Reason\r\n1,Hudson 100 is held by another resident\r\n',
    title: 'Failures CSV for moves.csv (1 row)',
    preview: { columns: ['Row', 'Unit', 'Reason'], rows: [], rowCount: 1 },
  },
};

describe('console poster', () => {
  let directory: string;
  let printed: string;
  let output: PassThrough;

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'frontdesk-console-poster-'));
    printed = '';
    output = new PassThrough();
    output.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
  });

  afterEach(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  it('prints the path of a posted file', async () => {
    const refs = await createConsolePoster(output, directory).post('local', [FILE]);
    const path = join(directory, 'failures-1a2b3c4d.csv');

    expect(refs).toEqual([null]);
    expect(printed).toBe(`Failures CSV for moves.csv (1 row): ${path}\n\n`);
    expect(readFileSync(path, 'utf8')).toBe(FILE.kind === 'file' ? FILE.file.content : '');
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('prints the new state of an edited message', async () => {
    const poster = createConsolePoster(output, directory);
    const [ref] = await poster.post('local', [{ kind: 'text', text: 'Sending 3 rows' }]);
    await poster.update('local', ref!, { kind: 'text', text: 'Import finished' });

    expect(ref).toBe('console-1');
    expect(printed).toBe('Sending 3 rows\n\nImport finished\n\n');
  });
});
