import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import type { ChannelPoster } from '../../src/bot/poster.js';
import { createPoster } from '../../src/bot/poster.js';
import { createBulkTask } from '../../src/bulk/bulk-task.js';
import { chatFileImporterFor } from '../../src/bulk/messages/chat-file-import.js';
import { createBulkJobStore } from '../../src/bulk/store/job-store.js';
import { loadConfig, type FrontdeskConfig } from '../../src/config.js';
import { MAX_IMPORT_BYTES } from '../../src/limits.js';
import { silentLogger } from '../../src/log.js';
import { createRuntime, type Runtime } from '../../src/runtime.js';
import {
  SANDBOX_ACCOUNT,
  SANDBOX_SITES,
  SANDBOX_TEAM_ID,
  startSandbox,
  type Sandbox,
} from '../../src/sandbox/index.js';
import { createSlackAdapter, type SlackAdapter } from '../../adapters/slack/slack-adapter.js';
import { startLocalServer, type LocalServer } from '../teams/helpers/http-server.js';
import { buttonsOf, messageTs, textOf } from './helpers/card-queries.js';
import { startFakeSlackApi, type FakeSlackApi } from './helpers/fake-slack-api.js';
import { REFERENCE_NOW } from './helpers/frontdesk-harness.js';
import {
  blockActionPayload,
  eventBody,
  interactionBody,
  sendToSlackEndpoint,
  SIGNING_SECRET,
} from './helpers/slack-requests.js';
import { untilIdle } from './helpers/until-idle.js';

const JSON_TYPE = 'application/json';
const BOT_TOKEN = 'xoxb-fake-token';
const MIXED_CSV = readFileSync('test/fixtures/bulk/move-ins-mixed.csv', 'utf8');
const READY_CSV = readFileSync('test/fixtures/bulk/move-ins-ready.csv', 'utf8');

interface Download {
  path: string;
  authorization: string | undefined;
}

interface FileImportHarness {
  sandbox: Sandbox;
  runtime: Runtime;
  config: FrontdeskConfig;
  slack: FakeSlackApi;
  adapter: SlackAdapter;
  baseUrl: string;
  /** Requests for files on the fake Slack file host. */
  downloads: Download[];
  close(): Promise<void>;
}

/**
 * Starts the sandbox, the runtime, the fake Slack API (which also serves files under
 * /files-pri/) and the Slack adapter wired with the shared importer, as `npm start` wires it.
 */
async function startFileImport(): Promise<FileImportHarness> {
  const now = () => REFERENCE_NOW;
  const sandbox = await startSandbox({ now });
  const config = loadConfig({
    FRONTDESK_DB_PATH: ':memory:',
    ELEVENOS_BASE_URL: sandbox.baseUrl,
    ELEVENOS_EMAIL: SANDBOX_ACCOUNT.email,
    ELEVENOS_PASSWORD: SANDBOX_ACCOUNT.password,
    ELEVENOS_TEAM_ID: SANDBOX_TEAM_ID,
  });
  const runtime = await createRuntime(config, silentLogger(), { now });
  const slack = await startFakeSlackApi();
  const downloads: Download[] = [];
  const files: Record<string, string> = {
    'move-ins-mixed.csv': MIXED_CSV,
    'move-ins-ready.csv': READY_CSV,
    // Slack's size field reports 1,200 bytes, but the body is larger than the import limit.
    'understated.csv': `${READY_CSV}${'x'.repeat(MAX_IMPORT_BYTES)}`,
  };
  slack.serve('/files-pri/', (request: IncomingMessage) => {
    const path = request.url ?? '';
    downloads.push({ path, authorization: request.headers.authorization });
    const body = files[path.split('/').pop() ?? ''];
    return body === undefined
      ? { status: 404, body: 'file_not_found' }
      : { status: 200, headers: { 'content-type': 'text/csv' }, body };
  });
  const adapter = createSlackAdapter({
    config: {
      botToken: BOT_TOKEN,
      signingSecret: SIGNING_SECRET,
      appToken: undefined,
      apiUrl: slack.apiUrl,
      filesOrigin: slack.baseUrl,
      approvers: [],
      approverGroup: undefined,
      port: 0,
    },
    frontdesk: runtime.frontdesk,
    store: runtime.store,
    logger: silentLogger(),
    paceIntervalMs: 0,
    importer: chatFileImporterFor(runtime, config, silentLogger(), now),
  });
  const { port } = await adapter.start();

  return {
    sandbox,
    runtime,
    config,
    slack,
    adapter,
    baseUrl: `http://127.0.0.1:${port}`,
    downloads,
    async close() {
      await adapter.stop(15_000);
      await slack.close();
      await runtime.close();
      await sandbox.close();
    },
  };
}

interface SharedFileFields {
  id?: string;
  name: string;
  size?: number;
  filetype?: string;
  mimetype?: string;
  url?: string;
}

function sharedFile(harness: FileImportHarness, fields: SharedFileFields) {
  const id = fields.id ?? 'F0FAKE0001';
  return {
    id,
    name: fields.name,
    title: fields.name,
    mimetype: fields.mimetype ?? 'text/csv',
    filetype: fields.filetype ?? 'csv',
    size: fields.size ?? 1_200,
    mode: 'hosted',
    url_private: `${harness.slack.baseUrl}/files-pri/TFAKE0001-${id}/${fields.name}`,
    url_private_download:
      fields.url ?? `${harness.slack.baseUrl}/files-pri/TFAKE0001-${id}/download/${fields.name}`,
  };
}

/** Builds a message event with files, as Slack sends it for a DM or a channel. */
function fileShareEvent(
  eventId: string,
  files: unknown[],
  options: { text?: string; channel?: string; channelType?: 'im' | 'channel'; ts?: string } = {},
): string {
  return eventBody({
    eventId,
    event: {
      type: 'message',
      subtype: 'file_share',
      text: options.text ?? '',
      files,
      upload: true,
      user: 'UFAKEMARIA',
      display_as_bot: false,
      ts: options.ts ?? '1764860400.000200',
      channel: options.channel ?? 'DFAKE0001',
      channel_type: options.channelType ?? 'im',
      event_ts: options.ts ?? '1764860400.000200',
    },
  });
}

describe('Slack file share import', () => {
  let harness: FileImportHarness;

  beforeEach(async () => {
    harness = await startFileImport();
  });

  afterEach(async () => {
    await harness.close();
  });

  it('previews a CSV shared in a DM', async () => {
    const file = sharedFile(harness, { name: 'move-ins-mixed.csv' });

    const response = await sendToSlackEndpoint(
      harness.baseUrl,
      fileShareEvent('EvFile01', [file]),
      JSON_TYPE,
    );
    const [preview] = await harness.slack.waitFor('chat.postMessage');
    await untilIdle(harness.adapter);

    expect(response.status).toBe(200);
    expect(harness.downloads).toHaveLength(1);
    expect(harness.downloads[0]!.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    expect(preview!.body.channel).toBe('DFAKE0001');
    expect(textOf(preview!)).toContain('move-ins-mixed.csv → Hudson Yards: 19 rows');
    expect(textOf(preview!)).toContain('3 ready · 16 need a fix');
    expect(buttonsOf(preview!).map((button) => button.label)).toEqual([
      'Send 3 rows',
      'Problems CSV',
      'Cancel',
    ]);
  });

  it('sends the ready rows to ElevenOS on Send', async () => {
    const before = await harness.runtime.client.listResidents(
      SANDBOX_TEAM_ID,
      SANDBOX_SITES.hudsonYards,
    );
    const file = sharedFile(harness, { name: 'move-ins-ready.csv' });
    await sendToSlackEndpoint(harness.baseUrl, fileShareEvent('EvFile02', [file]), JSON_TYPE);
    const [preview] = await harness.slack.waitFor('chat.postMessage');
    const send = buttonsOf(preview!).find((button) => button.label.startsWith('Send'))!;

    expect(send.label).toBe('Send 3 rows');
    await sendToSlackEndpoint(
      harness.baseUrl,
      interactionBody(
        blockActionPayload({
          actionId: send.actionId,
          value: send.value,
          userId: 'UFAKEMARIA',
          channelId: 'DFAKE0001',
          messageTs: messageTs(preview!),
          responseUrl: harness.slack.responseUrl('send'),
          label: send.label,
        }),
      ),
      'application/x-www-form-urlencoded',
    );
    await untilIdle(harness.adapter);
    await runBulkWorker(harness);

    const after = await harness.runtime.client.listResidents(
      SANDBOX_TEAM_ID,
      SANDBOX_SITES.hudsonYards,
    );
    const added = after.filter(
      (resident) => !before.some((old) => old.residentId === resident.residentId),
    );
    expect(added.map((resident) => `${resident.firstName} ${resident.lastName}`).sort()).toEqual([
      'Nia Brooks',
      'Owen Price',
      'Pia Quinn',
    ]);
  });

  it('takes the site named in the message', async () => {
    const file = sharedFile(harness, { name: 'move-ins-mixed.csv' });
    await sendToSlackEndpoint(
      harness.baseUrl,
      fileShareEvent('EvFile03', [file], { text: 'import these for Sunset Terrace' }),
      JSON_TYPE,
    );
    const [preview] = await harness.slack.waitFor('chat.postMessage');

    expect(textOf(preview!)).toContain('move-ins-mixed.csv → Sunset Terrace');
  });

  it('checks a file in a bound channel at its site', async () => {
    await harness.runtime.store.bindChannel(
      'slack:DFAKE0001',
      'site-sunset-terrace',
      'U1',
      REFERENCE_NOW,
    );
    const file = sharedFile(harness, { name: 'move-ins-mixed.csv' });
    await sendToSlackEndpoint(harness.baseUrl, fileShareEvent('EvFile04', [file]), JSON_TYPE);
    const [preview] = await harness.slack.waitFor('chat.postMessage');

    expect(textOf(preview!)).toContain('move-ins-mixed.csv → Sunset Terrace');
  });

  it('rejects another site in a bound channel', async () => {
    await harness.runtime.store.bindChannel(
      'slack:DFAKE0001',
      'site-sunset-terrace',
      'U1',
      REFERENCE_NOW,
    );
    const file = sharedFile(harness, { name: 'move-ins-mixed.csv' });
    await sendToSlackEndpoint(
      harness.baseUrl,
      fileShareEvent('EvFile05', [file], { text: 'import these for Hudson Yards' }),
      JSON_TYPE,
    );
    const [reply] = await harness.slack.waitFor('chat.postMessage');
    await untilIdle(harness.adapter);

    expect(textOf(reply!)).toContain('This channel is bound to Sunset Terrace');
    expect(buttonsOf(reply!)).toEqual([]);
  });

  it('rejects an oversized file without downloading it', async () => {
    const file = sharedFile(harness, { name: 'move-ins-mixed.csv', size: 50 * 1024 * 1024 });
    await sendToSlackEndpoint(harness.baseUrl, fileShareEvent('EvFile04', [file]), JSON_TYPE);
    const [reply] = await harness.slack.waitFor('chat.postMessage');
    await untilIdle(harness.adapter);

    expect(MAX_IMPORT_BYTES).toBe(10 * 1024 * 1024);
    expect(textOf(reply!)).toContain('The file is 50 MB');
    expect(textOf(reply!)).toContain('files of up to 10 MB');
    expect(harness.downloads).toHaveLength(0);
  });

  it('stops a download past the size limit', async () => {
    const file = sharedFile(harness, { name: 'understated.csv' });
    await sendToSlackEndpoint(harness.baseUrl, fileShareEvent('EvFile13', [file]), JSON_TYPE);
    const [reply] = await harness.slack.waitFor('chat.postMessage');

    expect(harness.downloads).toHaveLength(1);
    expect(textOf(reply!)).toContain('Could not import understated.csv');
    expect(textOf(reply!)).toContain('files of up to 10 MB');
  });

  it('sends no token to a link on another origin', async () => {
    const elsewhere: { authorization: string | undefined }[] = [];
    const other: LocalServer = await startLocalServer((request, response) => {
      elsewhere.push({ authorization: request.headers.authorization });
      response.writeHead(200, { 'content-type': 'text/csv' }).end(MIXED_CSV);
    });
    try {
      const file = sharedFile(harness, {
        name: 'move-ins-mixed.csv',
        url: `${other.url}/files-pri/TFAKE0001-F0FAKE0001/download/move-ins-mixed.csv`,
      });
      await sendToSlackEndpoint(harness.baseUrl, fileShareEvent('EvFile05', [file]), JSON_TYPE);
      const [reply] = await harness.slack.waitFor('chat.postMessage');
      await untilIdle(harness.adapter);

      expect(elsewhere).toHaveLength(0);
      expect(harness.downloads).toHaveLength(0);
      expect(textOf(reply!)).toContain('not on the file host Frontdesk trusts');
    } finally {
      await other.close();
    }
  });

  it('ignores a non-CSV file shared in a channel', async () => {
    const file = sharedFile(harness, {
      name: 'floor-plan.pdf',
      filetype: 'pdf',
      mimetype: 'application/pdf',
    });
    await sendToSlackEndpoint(
      harness.baseUrl,
      fileShareEvent('EvFile06', [file], { channel: 'CFAKE0001', channelType: 'channel' }),
      JSON_TYPE,
    );
    await untilIdle(harness.adapter);

    expect(harness.downloads).toHaveLength(0);
    expect(harness.slack.callsTo('chat.postMessage')).toHaveLength(0);
    expect(harness.slack.callsTo('chat.postEphemeral')).toHaveLength(0);
  });

  it('answers a non-CSV file that mentions the bot', async () => {
    const file = sharedFile(harness, {
      name: 'floor-plan.pdf',
      filetype: 'pdf',
      mimetype: 'application/pdf',
    });
    await sendToSlackEndpoint(
      harness.baseUrl,
      fileShareEvent('EvFile07', [file], {
        text: '<@UFAKEBOT01> import this',
        channel: 'CFAKE0001',
        channelType: 'channel',
      }),
      JSON_TYPE,
    );
    const [reply] = await harness.slack.waitFor('chat.postEphemeral');
    await untilIdle(harness.adapter);

    expect(textOf(reply!)).toContain('CSV files only');
    expect(textOf(reply!)).toContain('floor-plan.pdf is not a CSV file');
    expect(reply!.body.thread_ts).toBe('1764860400.000200');
    expect(harness.downloads).toHaveLength(0);
  });

  it('accepts a CSV by its name alone', async () => {
    const file = sharedFile(harness, {
      name: 'move-ins-mixed.csv',
      filetype: 'text',
      mimetype: 'application/vnd.ms-excel',
    });
    await sendToSlackEndpoint(harness.baseUrl, fileShareEvent('EvFile08', [file]), JSON_TYPE);
    const [preview] = await harness.slack.waitFor('chat.postMessage');

    expect(textOf(preview!)).toContain('3 ready · 16 need a fix');
  });

  it('previews once for a retried delivery', async () => {
    const file = sharedFile(harness, { name: 'move-ins-mixed.csv' });
    const body = fileShareEvent('EvFile09', [file]);

    await sendToSlackEndpoint(harness.baseUrl, body, JSON_TYPE);
    await harness.slack.waitFor('chat.postMessage');
    const retry = await sendToSlackEndpoint(harness.baseUrl, body, JSON_TYPE, {
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    });
    await untilIdle(harness.adapter);

    expect(retry.status).toBe(200);
    expect(harness.slack.callsTo('chat.postMessage')).toHaveLength(1);
    expect(harness.downloads).toHaveLength(1);
  });

  it('previews once for a mention that also arrives as a message', async () => {
    const file = sharedFile(harness, { name: 'move-ins-mixed.csv' });
    const text = '<@UFAKEBOT01> import these';
    const ts = '1764860400.000300';
    const mention = eventBody({
      eventId: 'EvFile10',
      event: {
        type: 'app_mention',
        user: 'UFAKEMARIA',
        text,
        files: [file],
        ts,
        channel: 'CFAKE0001',
        event_ts: ts,
      },
    });
    const message = fileShareEvent('EvFile11', [file], {
      text,
      ts,
      channel: 'CFAKE0001',
      channelType: 'channel',
    });

    await sendToSlackEndpoint(harness.baseUrl, mention, JSON_TYPE);
    await sendToSlackEndpoint(harness.baseUrl, message, JSON_TYPE);
    const [preview] = await harness.slack.waitFor('chat.postEphemeral');
    await untilIdle(harness.adapter);

    expect(harness.slack.callsTo('chat.postEphemeral')).toHaveLength(1);
    expect(harness.slack.callsTo('chat.postMessage')).toHaveLength(0);
    expect(preview!.body.thread_ts).toBe(ts);
    expect(textOf(preview!)).toContain('3 ready · 16 need a fix');
    expect(harness.downloads).toHaveLength(1);
  });

  it('reports a file the host no longer has', async () => {
    const file = sharedFile(harness, { name: 'deleted.csv' });
    await sendToSlackEndpoint(harness.baseUrl, fileShareEvent('EvFile12', [file]), JSON_TYPE);
    const [reply] = await harness.slack.waitFor('chat.postMessage');

    expect(textOf(reply!)).toContain('Could not import deleted.csv');
    expect(textOf(reply!)).toContain('HTTP 404');
  });
});

/** Runs the bulk worker task until every job is finished, letting the sandbox apply its jobs. */
async function runBulkWorker(harness: FileImportHarness): Promise<void> {
  const recording: ChannelPoster = {
    platform: 'slack',
    post: (_channelId, replies) => Promise.resolve(replies.map(() => null)),
    update: () => Promise.resolve(),
  };
  let clock = REFERENCE_NOW;
  const task = createBulkTask(
    {
      runtime: harness.runtime,
      poster: createPoster([recording]),
      logger: silentLogger(),
      config: harness.config,
    },
    { now: () => clock },
  );
  const jobs = createBulkJobStore(harness.runtime.store);
  for (let run = 0; run < 40; run += 1) {
    await harness.sandbox.jobs.settled();
    await task.run(clock);
    await harness.sandbox.jobs.settled();
    if ((await jobs.countUnfinished({ platform: 'slack', since: new Date(0) })) === 0) return;
    clock = new Date(clock.getTime() + 15_000);
  }
  throw new Error('the bulk job was still unfinished after 40 worker runs');
}
