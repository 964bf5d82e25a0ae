// A 1 MB message on every platform and a 50 MB import through every entry point: each is
// rejected with a reply that names the limit, nothing is parsed or sent, and the process goes on.
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { runImportCheck } from '../../src/bulk/cli/import-check-command.js';
import { MAX_IMPORT_BYTES } from '../../src/limits.js';
import { startConsole, type ConsoleHarness } from '../helpers/console-harness.js';
import { startSlackFrontdesk, type SlackFrontdesk } from '../slack/helpers/frontdesk-harness.js';
import { eventBody, sendToSlackEndpoint } from '../slack/helpers/slack-requests.js';
import { messageActivity } from '../teams/helpers/activities.js';
import { cardOf, textOf } from '../teams/helpers/card-queries.js';
import { startTeamsFrontdesk, type TeamsFrontdesk } from '../teams/helpers/teams-harness.js';
import { startPlayground, type PlaygroundHarness } from '../web/helpers/playground-harness.js';

const ONE_MB = 1024 * 1024;
const LIMIT_REPLY =
  'That message is 1,048,576 characters long; Frontdesk reads commands of up to 4,000 characters. Put lists of residents in a CSV and import it.';
const FILE_LIMIT = 'Frontdesk imports files of up to 10 MB. Split it into smaller files.';

/** Repeats a command to exactly `length` characters, as if a list were pasted. */
function pasted(length: number): string {
  const line = 'move in Jane Doe to Hudson 102 on March 1. ';
  return line.repeat(Math.ceil(length / line.length)).slice(0, length);
}

const directory = mkdtempSync(join(tmpdir(), 'frontdesk-oversized-'));
const bigCsv = join(directory, 'big.csv');

beforeAll(() => {
  // 50 MB of real rows, written in 1 MB blocks.
  const file = openSync(bigCsv, 'w');
  writeSync(file, 'First name,Last name,Building,Unit,Move-in\n');
  const block = 'Jane,Doe,Hudson,102,3/1/2027\n'.repeat(Math.ceil(ONE_MB / 29)).slice(0, ONE_MB);
  for (let written = 0; written < 50; written += 1) writeSync(file, block);
  closeSync(file);
});

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

describe('oversized input in the console', () => {
  let harness: ConsoleHarness;

  beforeAll(async () => {
    harness = await startConsole();
  });

  afterAll(async () => {
    await harness.close();
  });

  it('rejects a 1 MB message naming the limit', async () => {
    const output = await harness.say(pasted(ONE_MB));

    expect(output).toContain(LIMIT_REPLY);
    expect(harness.writes()).toEqual([]);
    expect(harness.calls).toEqual([]);
  });

  it('rejects a 50 MB import naming the limit', async () => {
    const output = await harness.say(`import ${bigCsv}`);

    expect(output).toContain(`Could not import big.csv: The file is 50 MB; ${FILE_LIMIT}`);
    expect(harness.writes()).toEqual([]);
  });

  it('still answers a command afterwards', async () => {
    expect(await harness.say('sites?')).toContain('Hudson Yards');
  });
});

describe('oversized import in the CLI check', () => {
  it('rejects a 50 MB file naming the limit', async () => {
    const chunks: string[] = [];
    const sink = () =>
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          chunks.push(chunk.toString());
          done();
        },
      });

    const code = await runImportCheck([bigCsv, '--check'], {
      stdout: sink(),
      stderr: sink(),
      env: {},
    });

    expect(code).toBe(1);
    expect(chunks.join('')).toBe(`frontdesk import: The file is 50 MB; ${FILE_LIMIT}\n`);
  });
});

describe('oversized input in the web playground', () => {
  let harness: PlaygroundHarness;

  beforeAll(async () => {
    harness = await startPlayground();
  });

  afterAll(async () => {
    await harness.close();
  });

  function post(path: string, body: string | Buffer, contentType: string) {
    return fetch(`${harness.origin}${path}`, {
      method: 'POST',
      headers: { 'content-type': contentType, origin: harness.origin },
      body,
    });
  }

  it('replies to a 1 MB message with the limit', async () => {
    const response = await post(
      '/api/message',
      JSON.stringify({ text: pasted(ONE_MB) }),
      'application/json',
    );

    expect(response.status).toBe(200);
    const entries = harness.playground.session.transcript().entries;
    expect(JSON.stringify(entries.at(-1))).toContain(LIMIT_REPLY);
    // The transcript keeps only the start of the message.
    expect(JSON.stringify(entries).length).toBeLessThan(10_000);
  });

  it('rejects a 3 MB message body with 413 naming the limit', async () => {
    const response = await post(
      '/api/message',
      JSON.stringify({ text: pasted(3 * ONE_MB) }),
      'application/json',
    );

    expect(response.status).toBe(413);
    const body = (await response.json()) as { error: string };
    expect(body.error).toContain('Frontdesk reads commands of up to 4,000 characters');
  });

  it('rejects an upload over the import limit with 413 naming it', async () => {
    const response = await post('/api/upload', Buffer.alloc(MAX_IMPORT_BYTES + 1, 'a'), 'text/csv');

    expect(response.status).toBe(413);
    const body = (await response.json()) as { error: string };
    expect(body.error).toBe(
      'The file is larger than 10 MB, the largest file Frontdesk imports. Split it into smaller files.',
    );
  });
});

describe('oversized messages in Slack', () => {
  let harness: SlackFrontdesk;

  beforeAll(async () => {
    harness = await startSlackFrontdesk();
  });

  afterAll(async () => {
    await harness.close();
  });

  function directMessage(eventId: string, text: string): string {
    return eventBody({
      eventId,
      event: {
        type: 'message',
        channel_type: 'im',
        user: 'UFAKEMARIA',
        text,
        ts: '1764860400.000900',
        channel: 'DFAKE0001',
      },
    });
  }

  it('replies to a 1 MB direct message with the limit', async () => {
    const response = await sendToSlackEndpoint(
      harness.baseUrl,
      directMessage('EvHuge1', pasted(ONE_MB)),
      'application/json',
    );
    const [reply] = await harness.slack.waitFor('chat.postMessage');

    expect(response.status).toBe(200);
    expect(JSON.stringify(reply!.body)).toContain(LIMIT_REPLY);
    expect(harness.sandbox.requests.list()).toEqual([]);
  });

  it('rejects a body over Bolt’s 4 MB cap with 413', async () => {
    const response = await sendToSlackEndpoint(
      harness.baseUrl,
      directMessage('EvHuge2', pasted(5 * ONE_MB)),
      'application/json',
    );

    expect(response.status).toBe(413);
    const health = await fetch(`${harness.baseUrl}/health`);
    expect(health.status).toBe(200);
  });
});

describe('oversized messages in Teams', () => {
  let harness: TeamsFrontdesk;

  beforeAll(async () => {
    harness = await startTeamsFrontdesk();
  });

  afterAll(async () => {
    await harness.close();
  });

  it('replies to a 1 MB message with the limit', async () => {
    const serviceUrl = harness.connector.serviceUrl;
    const response = await harness.post(messageActivity(pasted(ONE_MB), { serviceUrl }));
    const [posted] = await harness.connector.waitFor('POST', 1);

    expect(response.status).toBe(200);
    expect(textOf(cardOf(posted!.activity))).toContain(LIMIT_REPLY);
    expect(harness.sandbox.requests.list()).toEqual([]);
  });

  it('rejects a body over 2 MB with 413 and keeps serving', async () => {
    const serviceUrl = harness.connector.serviceUrl;
    const response = await harness.post(messageActivity(pasted(3 * ONE_MB), { serviceUrl }));

    expect(response.status).toBe(413);
    expect(response.body).toEqual({
      error: 'The request body is larger than 2,097,152 bytes, so it is not a Teams activity.',
    });
    const next = await harness.post(messageActivity('sites?', { serviceUrl }));
    expect(next.status).toBe(200);
  });
});
