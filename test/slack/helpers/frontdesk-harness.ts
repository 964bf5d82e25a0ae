import { loadConfig } from '../../../src/config.js';
import { recentActivity } from '../../../src/audit/recent-activity.js';
import { summariseUpcoming } from '../../../src/bot/upcoming-summary.js';
import { silentLogger } from '../../../src/log.js';
import { createRuntime, type Runtime } from '../../../src/runtime.js';
import {
  SANDBOX_ACCOUNT,
  SANDBOX_TEAM_ID,
  startSandbox,
  type Sandbox,
} from '../../../src/sandbox/index.js';
import {
  createSlackAdapter,
  type SlackAdapter,
  type SlackAdapterConfig,
  type SlackAdapterOptions,
} from '../../../adapters/slack/slack-adapter.js';
import { startFakeSlackApi, type FakeSlackApi } from './fake-slack-api.js';
import { SIGNING_SECRET } from './slack-requests.js';

/** The corpus's reference instant: Friday 2026-12-04, 10:00 in New York. */
export const REFERENCE_NOW = new Date('2026-12-04T15:00:00Z');

export interface SlackFrontdesk {
  sandbox: Sandbox;
  runtime: Runtime;
  slack: FakeSlackApi;
  adapter: SlackAdapter;
  /** The receiver's origin, such as http://127.0.0.1:50123. */
  baseUrl: string;
  close(): Promise<void>;
}

export interface SlackFrontdeskOptions {
  config?: Partial<SlackAdapterConfig>;
  adapter?: Partial<Omit<SlackAdapterOptions, 'config' | 'frontdesk' | 'store' | 'logger'>>;
}

/**
 * Starts the whole chain on 127.0.0.1: the ElevenOS sandbox, the real runtime (client, SQLite
 * store in memory, core), the fake Slack Web API and the Slack adapter's Bolt HTTP receiver.
 */
export async function startSlackFrontdesk(
  options: SlackFrontdeskOptions = {},
): Promise<SlackFrontdesk> {
  const now = () => REFERENCE_NOW;
  const sandbox = await startSandbox({ now });
  const runtime = await createRuntime(
    loadConfig({
      FRONTDESK_DB_PATH: ':memory:',
      ELEVENOS_BASE_URL: sandbox.baseUrl,
      ELEVENOS_EMAIL: SANDBOX_ACCOUNT.email,
      ELEVENOS_PASSWORD: SANDBOX_ACCOUNT.password,
      ELEVENOS_TEAM_ID: SANDBOX_TEAM_ID,
    }),
    silentLogger(),
    { now },
  );
  const slack = await startFakeSlackApi();
  const adapter = createSlackAdapter({
    config: {
      botToken: 'xoxb-fake-token',
      signingSecret: SIGNING_SECRET,
      appToken: undefined,
      apiUrl: slack.apiUrl,
      approvers: [],
      approverGroup: undefined,
      port: 0,
      ...options.config,
    },
    frontdesk: runtime.frontdesk,
    store: runtime.store,
    logger: silentLogger(),
    upcoming: (siteId) => summariseUpcoming(runtime, siteId, now()),
    activity: (siteIds) => recentActivity(runtime.audit, siteIds, now()),
    paceIntervalMs: 0,
    ...options.adapter,
  });
  const { port } = await adapter.start();

  return {
    sandbox,
    runtime,
    slack,
    adapter,
    baseUrl: `http://127.0.0.1:${port}`,
    async close() {
      await adapter.stop(15_000);
      await slack.close();
      await runtime.close();
      await sandbox.close();
    },
  };
}
