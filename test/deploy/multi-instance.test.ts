import { randomBytes } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';

import {
  SANDBOX_ACCOUNT,
  SANDBOX_SITES,
  SANDBOX_TEAM_ID,
  startSandbox,
  type Sandbox,
} from '../../src/sandbox/index.js';
import {
  freePort,
  startFrontdeskProcess,
  waitUntilServing,
  type FrontdeskProcess,
} from '../helpers/frontdesk-process.js';
import { TEST_DATABASE_URL } from '../helpers/store-backends.js';
import { buttonsOf, messageTs, textOf } from '../slack/helpers/card-queries.js';
import { startFakeSlackApi, type FakeSlackApi } from '../slack/helpers/fake-slack-api.js';
import {
  SIGNING_SECRET,
  blockActionPayload,
  interactionBody,
  sendToSlackEndpoint,
  slashCommandBody,
} from '../slack/helpers/slack-requests.js';

const FORM = 'application/x-www-form-urlencoded';
const schema = `frontdesk_multi_${randomBytes(5).toString('hex')}`;

async function sql<T extends pg.QueryResultRow>(text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

/** Resolves once `check` passes, or rethrows its last failure after `timeoutMs`. */
async function eventually(check: () => Promise<void> | void, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() - started > timeoutMs) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

describe('two web processes and a worker on one Postgres', () => {
  let sandbox: Sandbox;
  let slack: FakeSlackApi;
  const processes: FrontdeskProcess[] = [];
  const webUrls: string[] = [];

  beforeAll(async () => {
    sandbox = await startSandbox({});
    slack = await startFakeSlackApi();
    const env = {
      DATABASE_URL: TEST_DATABASE_URL,
      DATABASE_SCHEMA: schema,
      ELEVENOS_BASE_URL: sandbox.baseUrl,
      ELEVENOS_EMAIL: SANDBOX_ACCOUNT.email,
      ELEVENOS_PASSWORD: SANDBOX_ACCOUNT.password,
      ELEVENOS_TEAM_ID: SANDBOX_TEAM_ID,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_BOT_TOKEN: 'xoxb-fake-token',
      SLACK_API_URL: slack.apiUrl,
      LOG_LEVEL: 'warn',
    };
    // The release step first, as the Procfile runs it, so the processes do not race to migrate.
    const migrate = startFrontdeskProcess('migrate', env);
    expect(await migrate.exited).toBe(0);
    for (let index = 0; index < 2; index += 1) {
      const port = await freePort();
      const web = startFrontdeskProcess('start', { ...env, PORT: String(port) });
      processes.push(web);
      webUrls.push(`http://127.0.0.1:${port}`);
    }
    processes.push(startFrontdeskProcess('worker', env));
    await Promise.all(
      webUrls.map((url, index) => waitUntilServing(`${url}/healthz`, processes[index]!)),
    );
  }, 90_000);

  afterAll(async () => {
    const codes = await Promise.all(processes.map((each) => each.stop()));
    expect(codes).toEqual([0, 0, 0]);
    await slack?.close();
    await sandbox?.close();
    await sql(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  }, 60_000);

  it('writes once, shows one outcome and audits each step once', async () => {
    const command = slashCommandBody({
      text: 'move in Jane Doe to Hudson 102 on March 1',
      responseUrl: slack.responseUrl('command'),
    });
    expect((await sendToSlackEndpoint(webUrls[0]!, command, FORM)).status).toBe(200);
    const [card] = await slack.waitFor('chat.postMessage', 1, 20_000);
    const confirm = buttonsOf(card!).find((button) => button.label === 'Confirm')!;

    // Two staff members click the same card at once, each delivery landing on another process.
    const clicks = ['UFAKESAM01', 'UFAKEMARIA'].map((userId, index) =>
      sendToSlackEndpoint(
        webUrls[index]!,
        interactionBody(
          blockActionPayload({
            actionId: confirm.actionId,
            value: confirm.value,
            userId,
            messageTs: messageTs(card!),
            responseUrl: slack.responseUrl(`click-${index}`),
          }),
        ),
        FORM,
      ),
    );
    expect((await Promise.all(clicks)).map((response) => response.status)).toEqual([200, 200]);

    const scheduled = () =>
      slack.calls.filter(
        (call) => call.method === 'chat.update' && textOf(call).includes('Scheduled: Jane Doe'),
      );
    await eventually(() => expect(scheduled()).toHaveLength(1));
    await eventually(() =>
      expect(
        slack.calls.some(
          (call) =>
            textOf(call).includes('is confirming this right now') ||
            textOf(call).includes('Already confirmed'),
        ),
      ).toBe(true),
    );

    expect(sandbox.requests.count('addResident')).toBe(1);
    const janes = sandbox.state
      .residentsOf(SANDBOX_SITES.hudsonYards)
      .filter((resident) => resident.firstName === 'Jane');
    expect(janes).toHaveLength(1);

    const steps = await sql<{ kind: string; count: string }>(
      `SELECT kind, count(*) AS count FROM ${schema}.audit_events WHERE kind <> 'api_call' GROUP BY kind ORDER BY kind`,
    );
    expect(steps).toEqual([
      { kind: 'confirmation', count: '1' },
      { kind: 'proposal', count: '1' },
      { kind: 'result', count: '1' },
    ]);
    expect(scheduled()).toHaveLength(1);
  }, 60_000);

  it('finishes a slow confirmation on SIGTERM before exiting', async () => {
    sandbox.faults.configure({ routeLatencyMs: { addResident: 4_000 } });
    const command = slashCommandBody({
      text: 'move in Lee Park to Hudson 103 on March 1',
      responseUrl: slack.responseUrl('slow-command'),
    });
    await sendToSlackEndpoint(webUrls[0]!, command, FORM);
    const cards = await slack.waitFor('chat.postMessage', 2, 20_000);
    const card = cards.find((call) => textOf(call).includes('Lee Park'))!;
    const confirm = buttonsOf(card).find((button) => button.label === 'Confirm')!;
    const click = blockActionPayload({
      actionId: confirm.actionId,
      value: confirm.value,
      messageTs: messageTs(card),
      responseUrl: slack.responseUrl('slow-click'),
    });
    await sendToSlackEndpoint(webUrls[0]!, interactionBody(click), FORM);
    await eventually(() =>
      expect(
        slack.calls.some(
          (call) => call.method === 'chat.update' && textOf(call).includes('Working: Lee Park'),
        ),
      ).toBe(true),
    );

    expect(await processes[0]!.stop()).toBe(0);

    const leePark = sandbox.state
      .residentsOf(SANDBOX_SITES.hudsonYards)
      .filter((resident) => resident.lastName === 'Park');
    expect(leePark).toHaveLength(1);
    expect(
      slack.calls.some(
        (call) => call.method === 'chat.update' && textOf(call).includes('Scheduled: Lee Park'),
      ),
    ).toBe(true);
    const results = await sql<{ detail: string }>(
      `SELECT detail FROM ${schema}.audit_events WHERE kind = 'result' ORDER BY at`,
    );
    expect(results.map((row) => JSON.parse(row.detail) as { status: string })).toEqual([
      expect.objectContaining({ status: 'done' }),
      expect.objectContaining({ status: 'done' }),
    ]);
  }, 60_000);
});
