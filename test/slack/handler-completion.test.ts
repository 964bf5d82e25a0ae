import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { createSlackAdapter, type SlackAdapter } from '../../adapters/slack/slack-adapter.js';
import { createFrontdesk } from '../../src/bot/frontdesk.js';
import { createSiteDirectory } from '../../src/bot/site-directory.js';
import { createElevenOsClient } from '../../src/elevenos/client.js';
import { silentLogger } from '../../src/log.js';
import { language } from '../../src/runtime.js';
import {
  SANDBOX_ACCOUNT,
  SANDBOX_TEAM_ID,
  startSandbox,
  type Sandbox,
} from '../../src/sandbox/index.js';
import { openSqliteStore } from '../../src/store/open-sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { countingFetch, type CountingFetch } from './helpers/counting-fetch.js';
import { startFakeSlackApi, type FakeSlackApi } from './helpers/fake-slack-api.js';
import { REFERENCE_NOW } from './helpers/frontdesk-harness.js';
import { SIGNING_SECRET } from './helpers/slack-requests.js';

/**
 * The adapter driven the way a function-as-a-service receiver drives Bolt: processEvent with an
 * ack callback, and nothing may run once its promise resolves.
 */
describe('handler completion', () => {
  let sandbox: Sandbox;
  let store: Store;
  let slack: FakeSlackApi;
  let elevenOs: CountingFetch;
  let slackFetch: CountingFetch;
  let adapter: SlackAdapter;

  beforeEach(async () => {
    sandbox = await startSandbox({ now: () => REFERENCE_NOW });
    store = await openSqliteStore(':memory:');
    slack = await startFakeSlackApi();
    elevenOs = countingFetch();
    slackFetch = countingFetch();
    const client = createElevenOsClient({
      baseUrl: sandbox.baseUrl,
      email: SANDBOX_ACCOUNT.email,
      password: SANDBOX_ACCOUNT.password,
      fetch: elevenOs.fetch,
    });
    const frontdesk = createFrontdesk({
      client,
      sites: createSiteDirectory(client, { teamId: SANDBOX_TEAM_ID }),
      store,
      language,
      logger: silentLogger(),
      now: () => REFERENCE_NOW,
      proposalTtlMs: 24 * 60 * 60_000,
      undoWindowMs: 10 * 60_000,
    });
    adapter = createSlackAdapter({
      config: {
        botToken: 'xoxb-fake-token',
        signingSecret: SIGNING_SECRET,
        appToken: undefined,
        apiUrl: slack.apiUrl,
        approvers: [],
        approverGroup: undefined,
        port: 0,
      },
      frontdesk,
      store,
      logger: silentLogger(),
      fetch: slackFetch.fetch,
      paceIntervalMs: 0,
    });
    await adapter.app.init();
  });

  afterEach(async () => {
    await adapter.stop(5_000);
    await slack.close();
    await store.close();
    await sandbox.close();
  });

  it('leaves no request outstanding when the handler resolves', async () => {
    sandbox.faults.configure({ routeLatencyMs: { getMappings: 3_000 } });
    const started = Date.now();
    let ackedAt: number | null = null;

    await adapter.app.processEvent({
      body: {
        command: '/frontdesk',
        text: 'move in Jane Doe to Hudson 102 on March 1',
        user_id: 'UFAKEMARIA',
        channel_id: 'CFAKE0001',
        team_id: 'TFAKE0001',
        trigger_id: 'trigger-faas',
        response_url: slack.responseUrl('cmd'),
      },
      ack: () => {
        ackedAt = Date.now();
        return Promise.resolve();
      },
    });
    const finished = Date.now();

    expect(ackedAt).not.toBeNull();
    expect(ackedAt! - started).toBeLessThan(2_500);
    expect(finished - started).toBeGreaterThanOrEqual(3_000);
    expect(elevenOs.started).toBeGreaterThan(0);
    expect(elevenOs.outstanding).toBe(0);
    expect(slackFetch.outstanding).toBe(0);
    expect(adapter.inFlight).toBe(0);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
  }, 15_000);

  it('lets shutdown wait for work that outlives the ack', async () => {
    sandbox.faults.configure({ routeLatencyMs: { getMappings: 1_500 } });
    let acked = false;

    const handling = adapter.app.processEvent({
      body: {
        command: '/frontdesk',
        text: 'help',
        user_id: 'UFAKEMARIA',
        channel_id: 'CFAKE0001',
        team_id: 'TFAKE0001',
        trigger_id: 'trigger-drain',
        response_url: slack.responseUrl('cmd'),
      },
      ack: () => {
        acked = true;
        return Promise.resolve();
      },
    });
    while (!acked || adapter.inFlight === 0) await new Promise((resolve) => setTimeout(resolve, 5));

    expect(adapter.inFlight).toBe(1);
    await adapter.stop(10_000);

    expect(adapter.inFlight).toBe(0);
    expect(slack.callsTo('response_url')).toHaveLength(1);
    await handling;
  }, 15_000);
});
