import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { createSlackPoster } from '../../adapters/slack/slack-poster.js';
import { createPoster } from '../../src/bot/poster.js';
import type { ConversationAddress } from '../../src/bot/replies.js';
import { createBulkTask } from '../../src/bulk/bulk-task.js';
import { failuresCsv } from '../../src/bulk/files/row-exports.js';
import { createBulkJobStore } from '../../src/bulk/store/job-store.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/log.js';
import { startConsole, type ConsoleHarness } from '../helpers/console-harness.js';
import { startFakeSlackApi, type FakeSlackApi } from './helpers/fake-slack-api.js';

const READY = 'test/fixtures/bulk/move-ins-ready.csv';
const CHANNEL = 'CFAKEBULK01';
const slack: ConversationAddress = { platform: 'slack', channelId: CHANNEL };

describe('Slack bulk result posts', () => {
  let chat: ConsoleHarness;
  let fake: FakeSlackApi;
  const uploads: { contentType: string; body: Buffer }[] = [];

  /** Reads the file bytes of an upload, which the WebClient sends as the multipart field `body`. */
  async function uploadedText(upload: { contentType: string; body: Buffer }): Promise<string> {
    const form = await new Response(upload.body, {
      headers: { 'content-type': upload.contentType },
    }).formData();
    const file = form.get('body');
    if (!(file instanceof Blob)) throw new Error('the upload has no file field');
    return Buffer.from(await file.arrayBuffer()).toString('utf8');
  }

  beforeEach(async () => {
    uploads.length = 0;
    chat = await startConsole();
    fake = await startFakeSlackApi({
      'files.getUploadURLExternal': () => ({
        ok: true,
        upload_url: `${fake.baseUrl}/upload/FFAKE0001`,
        file_id: 'FFAKE0001',
      }),
      'files.completeUploadExternal': () => ({ ok: true, files: [{ id: 'FFAKE0001' }] }),
    });
    fake.serve('/upload/', (request, body) => {
      uploads.push({ contentType: request.headers['content-type'] ?? '', body });
      return { status: 200, body: 'OK - 1' };
    });
  });

  afterEach(async () => {
    await fake.close();
    await chat.close();
  });

  /**
   * Queues an import for the Slack channel whose row 1 fails: the file is checked in the console
   * (a path is read only there), copied to a Slack job, then a move-in takes Hudson 100.
   */
  async function queueImportWithFailure(): Promise<void> {
    await chat.say(`import ${READY}`);
    const preview = await jobs().getJob(chat.latestCard()!.actions[0]!.value);
    const rows = await jobs().listRows(preview!.id);
    await jobs().createJob(
      { ...preview!, id: 'job-slack-1', address: slack },
      rows.map(({ row, status, source, payload, problems }) => ({
        row,
        status,
        source,
        payload,
        problems,
      })),
    );
    await chat.say('move in Rosa Diaz rosa@example.com to Hudson 100 on March 1');
    await chat.say('yes');
    await jobs().queueJob('job-slack-1', { actor: '@sam', at: chat.clock.now });
  }

  const jobs = () => createBulkJobStore(chat.runtime.store);

  async function runWorker(): Promise<void> {
    const poster = createPoster([
      createSlackPoster({
        slack: {
          botToken: 'xoxb-fake-token',
          signingSecret: undefined,
          appToken: undefined,
          apiUrl: fake.apiUrl,
          approvers: [],
          approverGroup: undefined,
        },
        logger: silentLogger(),
        paceIntervalMs: 0,
      }),
    ]);
    const task = createBulkTask(
      { runtime: chat.runtime, poster, logger: silentLogger(), config: loadConfig({}) },
      { now: () => chat.clock.now },
    );
    const origin = new URL(chat.runtime.sandboxUrl!).origin;
    for (let run = 0; run < 40; run += 1) {
      await fetch(`${origin}/_sandbox/jobs/settle`, { method: 'POST' });
      await task.run(chat.clock.now);
      if ((await jobs().countUnfinished({ platform: 'slack', since: new Date(0) })) === 0) return;
      chat.clock.now = new Date(chat.clock.now.getTime() + 15_000);
    }
    throw new Error('the bulk job did not finish');
  }

  it('uploads the failures CSV once into the channel', async () => {
    await queueImportWithFailure();
    await runWorker();
    const failures = await jobs().listRows('job-slack-1', ['failed']);
    const completed = fake.callsTo('files.completeUploadExternal');

    expect(fake.callsTo('files.getUploadURLExternal')).toHaveLength(1);
    expect(completed).toHaveLength(1);
    expect(completed[0]!.body.channel_id).toBe(CHANNEL);
    expect(uploads).toHaveLength(1);
    const uploaded = await uploadedText(uploads[0]!);
    expect(uploaded).toBe(failuresCsv(failures));
    expect(uploaded).toContain('nia@example.com');
  });

  it('edits the progress message until the job is done', async () => {
    await queueImportWithFailure();
    await runWorker();
    const posted = fake.callsTo('chat.postMessage');
    const [progress, result] = posted;
    const updates = fake.callsTo('chat.update');
    const last = updates.at(-1)!;

    expect(posted).toHaveLength(2);
    expect(String(progress!.body.text)).toContain('Sending 3 rows · Hudson Yards');
    expect(String(result!.body.text)).toContain('Import finished: 2 of 3 rows scheduled');
    expect(updates.length).toBeGreaterThanOrEqual(2);
    for (const update of updates) {
      expect(update.body.channel).toBe(CHANNEL);
      expect(update.body.ts).toBe(progress!.response!.ts);
    }
    expect(String(last.body.text)).toContain('finished · 2 scheduled · 1 failed');
    expect(String(last.body.text)).not.toContain('Import finished');
    expect(JSON.stringify(last.body.blocks)).toContain(
      'The result was posted in this conversation.',
    );
  });

  it('finishes the job when the progress edits fail', async () => {
    fake.failWith('chat.update', 100, 'message_not_found');
    await queueImportWithFailure();
    await runWorker();

    expect(fake.callsTo('chat.update').length).toBeGreaterThan(0);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(2);
    expect(fake.callsTo('files.completeUploadExternal')).toHaveLength(1);
  });
});
