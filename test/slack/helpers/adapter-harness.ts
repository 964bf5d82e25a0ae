import type { Frontdesk } from '../../../src/bot/frontdesk.js';
import { silentLogger } from '../../../src/log.js';
import { openSqliteStore } from '../../../src/store/open-sqlite-store.js';
import type { Store } from '../../../src/store/store.js';
import {
  createSlackAdapter,
  type SlackAdapter,
  type SlackAdapterConfig,
  type SlackAdapterOptions,
} from '../../../adapters/slack/slack-adapter.js';
import { startFakeSlackApi, type FakeSlackApi } from './fake-slack-api.js';
import { SIGNING_SECRET } from './slack-requests.js';

export interface AdapterHarness {
  adapter: SlackAdapter;
  slack: FakeSlackApi;
  store: Store;
  /** The receiver's origin, such as http://127.0.0.1:50123. */
  baseUrl: string;
  close(): Promise<void>;
}

export interface HarnessOptions {
  frontdesk: Frontdesk;
  store?: Store;
  slack?: FakeSlackApi;
  config?: Partial<SlackAdapterConfig>;
  adapter?: Partial<Omit<SlackAdapterOptions, 'config' | 'frontdesk' | 'store' | 'logger'>>;
}

/** Starts the Slack adapter's real Bolt HTTP receiver on 127.0.0.1 against a fake Web API. */
export async function startAdapter(options: HarnessOptions): Promise<AdapterHarness> {
  const slack = options.slack ?? (await startFakeSlackApi());
  const store = options.store ?? (await openSqliteStore(':memory:'));
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
    frontdesk: options.frontdesk,
    store,
    logger: silentLogger(),
    paceIntervalMs: 0,
    ...options.adapter,
  });
  const { port } = await adapter.start();

  return {
    adapter,
    slack,
    store,
    baseUrl: `http://127.0.0.1:${port}`,
    async close() {
      await adapter.stop(5_000);
      await slack.close();
      await store.close();
    },
  };
}
