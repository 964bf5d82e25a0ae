import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { SANDBOX_SITES } from '../../src/sandbox/index.js';
import {
  postedText,
  repliesText,
  startBulkHarness,
  type BulkHarness,
} from './helpers/bulk-harness.js';

const READY = 'test/fixtures/bulk/move-ins-ready.csv';
const MIXED = 'test/fixtures/bulk/move-ins-mixed.csv';

describe('console import', () => {
  let bulk: BulkHarness;

  beforeEach(async () => {
    bulk = await startBulkHarness();
  });

  afterEach(async () => {
    await bulk.close();
  });

  it('previews a file with ready and problem counts', async () => {
    const preview = await bulk.chat.say(`import ${MIXED}`);

    expect(preview).toContain('move-ins-mixed.csv → Hudson Yards: 19 rows');
    expect(preview).toContain('3 ready · 16 need a fix');
    expect(preview).toContain('Row 2   Hudson 109: no such unit (closest: Hudson 103, Hudson 102)');
    expect(preview).toContain('11 more rows with problems in problems.csv.');
    expect(preview).toContain('Columns not used: Notes.');
    expect(preview).toContain('[1] Send 3 rows  [2] Problems CSV  [3] Cancel');
    expect(bulk.chat.writes()).toEqual([]);
  });

  it('writes every problem row to problems.csv', async () => {
    await bulk.chat.say(`import ${MIXED}`);
    const reply = await bulk.chat.say('2');
    const path = /: (\/\S+\.csv)$/.exec(reply)?.[1];
    const csv = readFileSync(path!, 'utf8');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');

    expect(reply).toMatch(/^Problems CSV for move-ins-mixed\.csv \(16 rows\): /);
    expect(lines[0]).toBe(
      'Row,Problems,First name,Last name,Name,Email,Phone,Building,Floor,Unit,Move-in,Move-out',
    );
    expect(lines).toHaveLength(17);
    expect(lines[1]).toBe(
      '2,"Hudson 109: no such unit (closest: Hudson 103, Hudson 102)",Omar,Quill,,omar@example.com,,Hudson,,109,3/1/2027,',
    );
  });

  it('sends only the ready rows and posts the result', async () => {
    await bulk.chat.say(`import ${MIXED}`);
    const queued = await bulk.chat.say('yes');
    expect(queued).toContain('Sending 3 rows · Hudson Yards');
    expect(queued).toContain('progress and the result will be posted in this conversation.');

    await bulk.runWorker();

    expect(bulk.chat.writes()).toEqual(['POST /team/{teamId}/site/{siteId}/residents/import']);
    expect(bulk.posts).toHaveLength(1);
    expect(postedText(bulk.posts)).toContain(
      'Import finished: 3 of 3 rows scheduled · Hudson Yards',
    );
    const residents = await bulk.residents(SANDBOX_SITES.hudsonYards);
    const names = residents.map((resident) => `${resident.firstName} ${resident.lastName}`);
    expect(names).toEqual(expect.arrayContaining(['Jane Doe', 'Zoe Doe, Jr.', 'Kai Moon']));
    expect(names).not.toContain('Omar Quill');
  });

  it('edits one progress message until the job is done', async () => {
    await bulk.chat.say(`import ${READY}`);
    await bulk.chat.say('yes');
    await bulk.runWorker();
    const [log, ...others] = [...bulk.progress.values()];
    const shown = [log!.posted, ...log!.updates].map((reply) => repliesText([reply]));

    expect(others).toEqual([]);
    expect(shown[0]).toContain('Progress: 0 of 3 settled');
    expect(shown.at(-2)).toContain('Progress: 3 of 3 settled · 3 scheduled · 0 failed');
    expect(shown.at(-1)).toContain('Progress: finished · 3 scheduled · 0 failed');
    expect(shown.at(-1)).toContain('The result was posted in this conversation.');
    expect(shown.join('\n')).not.toContain('Import finished');
    expect(bulk.posts).toHaveLength(1);
    expect(postedText(bulk.posts)).toContain('Import finished: 3 of 3 rows scheduled');
  });

  it('reports a row that a later move-in took as failed', async () => {
    await bulk.chat.say(`import ${READY}`);
    const send = bulk.chat.latestCard()!.actions[0]!;
    await bulk.chat.say('move in Rosa Diaz rosa@example.com to Hudson 100 on March 1');
    await bulk.chat.say('yes');
    const fresh = await bulk.chat.say(`import ${READY}`);
    expect(fresh).toContain('Row 1   Hudson 100 is held by another resident with no end date');

    // The first preview was checked before Rosa Diaz took Hudson 100; its Send still goes out.
    await bulk.chat.runtime.frontdesk.handleAction({
      actor: { id: 'console', displayName: '@you' },
      conversation: { platform: 'console', channelId: 'local' },
      actionId: send.id,
      value: send.value,
    });
    await bulk.runWorker();

    const result = postedText(bulk.posts);
    expect(result).toContain('Import finished: 2 of 3 rows scheduled · Hudson Yards');
    expect(result).toContain(
      'Row 1 · Hudson 100: Hudson 100 is held by another resident with no end date',
    );
    const files = bulk.posts.flatMap((post) => post.replies).filter((r) => r.kind === 'file');
    expect(files).toHaveLength(1);
    const file = files[0]?.kind === 'file' ? files[0].file : null;
    expect(file?.content).toContain('nia@example.com');
    expect(file?.preview.rows).toEqual([
      ['1', 'Hudson 100', 'Hudson 100 is held by another resident with no end date'],
    ]);
  });

  it('sends one job when Send is clicked twice', async () => {
    await bulk.chat.say(`import ${READY}`);
    const send = bulk.chat.latestCard()!.actions[0]!;
    await bulk.chat.say('1');
    const second = await bulk.chat.runtime.frontdesk.handleAction({
      actor: { id: 'other', displayName: '@sam' },
      conversation: { platform: 'console', channelId: 'local' },
      actionId: send.id,
      value: send.value,
    });
    await bulk.runWorker();

    expect(second.replies).toEqual([
      { kind: 'text', text: expect.stringMatching(/^Already sent by @you at \d+:\d\d [AP]M\.$/) },
    ]);
    expect(bulk.chat.writes()).toEqual(['POST /team/{teamId}/site/{siteId}/residents/import']);
  });

  it('drops the preview on cancel', async () => {
    await bulk.chat.say(`import ${READY}`);
    const reply = await bulk.chat.say('cancel');
    await bulk.runWorker();

    expect(reply).toContain('Cancelled: move-ins-ready.csv · Hudson Yards');
    expect(reply).toContain('Nothing was sent to ElevenOS.');
    expect(bulk.chat.writes()).toEqual([]);
  });

  it('refuses a Send after the preview expired', async () => {
    await bulk.chat.say(`import ${READY}`);
    bulk.chat.clock.now = new Date(bulk.chat.clock.now.getTime() + 25 * 60 * 60_000);
    const reply = await bulk.chat.say('1');

    expect(reply).toContain('This preview expired');
    expect(bulk.chat.writes()).toEqual([]);
  });

  it('says what is wrong with a file it cannot read', async () => {
    const missing = await bulk.chat.say('import test/fixtures/bulk/no-such-file.csv');
    expect(missing).toBe('Could not import no-such-file.csv: There is no file at that path.');
  });

  it('names a folder given as the path', async () => {
    const reply = await bulk.chat.say('import test/fixtures/bulk');
    expect(reply).toBe('test/fixtures/bulk is a folder. Give the path of a CSV file.');
  });

  it('names an unknown site after the path', async () => {
    const reply = await bulk.chat.say(`import ${READY} at Narnia`);
    expect(reply).toBe(
      'There is no site called "Narnia". Sites: Hudson Yards, Sunset Terrace, Campus Commons.',
    );
  });

  it('reports a repeated row as a repeat', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'frontdesk-repeat-'));
    const path = join(directory, 'repeat.csv');
    const line = 'Jane,Doe,Hudson,102,3/1/2027';
    writeFileSync(path, `First name,Last name,Building,Unit,Move-in\n${line}\n${line}\n`);
    try {
      const preview = await bulk.chat.say(`import ${path}`);
      expect(preview).toContain('1 ready · 1 needs a fix');
      expect(preview).toContain('Row 2 repeats row 1.');
      expect(preview).not.toContain('overlapping dates');
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('takes the site named after the path', async () => {
    const reply = await bulk.chat.say(`import ${READY} at Sunset Terrace`);
    expect(reply).toContain('move-ins-ready.csv → Sunset Terrace: 3 rows');
    expect(reply).toContain('0 ready · 3 need a fix');
    expect(reply).not.toContain('Send');
  });
});
