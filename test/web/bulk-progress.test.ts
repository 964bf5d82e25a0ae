import { readFile } from 'node:fs/promises';

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import type { Transcript } from '../../adapters/web/web-session.js';
import { createPoster } from '../../src/bot/poster.js';
import type { Card } from '../../src/bot/replies.js';
import { createBulkTask } from '../../src/bulk/bulk-task.js';
import { createBulkJobStore } from '../../src/bulk/store/job-store.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/log.js';
import { REFERENCE_NOW } from '../helpers/console-harness.js';
import { startPlayground, type PlaygroundHarness } from './helpers/playground-harness.js';
import { rawRequest } from './helpers/raw-request.js';

describe('web playground bulk progress', () => {
  let web: PlaygroundHarness;

  beforeEach(async () => {
    web = await startPlayground();
  });

  afterEach(async () => {
    await web.close();
  });

  async function request(path: string, body: string, headers: Record<string, string>) {
    const response = await rawRequest({
      port: web.port,
      method: 'POST',
      path,
      headers: { host: `127.0.0.1:${web.port}`, origin: web.origin, ...headers },
      body,
    });
    expect(response.status).toBe(200);
    return JSON.parse(response.body) as Transcript;
  }

  /** Uploads the ready fixture and clicks Send, as the page does. */
  async function uploadAndSend(): Promise<void> {
    const csv = await readFile('test/fixtures/bulk/move-ins-ready.csv', 'utf8');
    const uploaded = await request('/api/upload', csv, {
      'content-type': 'text/csv',
      'x-file-name': 'move-ins-ready.csv',
    });
    const preview = uploaded.entries.findLast((entry) => entry.reply.kind === 'card')!;
    const card = (preview.reply as { card: Card }).card;
    const send = card.actions.find((action) => action.id === 'bulk_send')!;
    await request(
      '/api/action',
      JSON.stringify({ entryId: preview.id, actionId: send.id, value: send.value }),
      { 'content-type': 'application/json' },
    );
  }

  /** Runs the bulk worker against the playground's poster until the job is done. */
  async function runWorker(): Promise<void> {
    let now = REFERENCE_NOW;
    const task = createBulkTask(
      {
        runtime: web.runtime,
        poster: createPoster([web.playground.poster]),
        logger: silentLogger(),
        config: loadConfig({ FRONTDESK_DB_PATH: ':memory:' }),
      },
      { now: () => now },
    );
    const jobs = createBulkJobStore(web.runtime.store);
    const origin = new URL(web.runtime.sandboxUrl!).origin;
    for (let run = 0; run < 40; run += 1) {
      await fetch(`${origin}/_sandbox/jobs/settle`, { method: 'POST' });
      await task.run(now);
      if ((await jobs.countUnfinished({ platform: 'web', since: new Date(0) })) === 0) return;
      now = new Date(now.getTime() + 15_000);
    }
    throw new Error('the bulk job did not finish');
  }

  function cards(transcript: Transcript): Card[] {
    return transcript.entries.flatMap((entry) =>
      entry.reply.kind === 'card' ? [entry.reply.card] : [],
    );
  }

  it('replaces the progress entry in place', async () => {
    await uploadAndSend();
    const before = (await (await fetch(`${web.origin}/api/transcript`)).json()) as Transcript;
    await runWorker();
    const after = (await (await fetch(`${web.origin}/api/transcript`)).json()) as Transcript;
    const progress = cards(after).filter((card) =>
      card.fields.some((field) => field.label === 'Progress'),
    );

    // One progress entry and one result entry are added; every edit replaced the first.
    expect(after.entries.length - before.entries.length).toBe(2);
    expect(progress).toHaveLength(1);
    expect(progress[0]!.fields[0]!.value).toBe('finished · 3 scheduled · 0 failed');
  });

  it('shows the result once', async () => {
    await uploadAndSend();
    await runWorker();
    const transcript = (await (await fetch(`${web.origin}/api/transcript`)).json()) as Transcript;
    const results = cards(transcript).filter((card) => card.title.startsWith('Import finished'));

    expect(results).toHaveLength(1);
    expect(results[0]!.title).toBe('Import finished: 3 of 3 rows scheduled · Hudson Yards');
  });
});
