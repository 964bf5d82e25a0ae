import { chatFileImporterFor } from '../../../src/bulk/messages/chat-file-import.js';
import { loadConfig } from '../../../src/config.js';
import { silentLogger, type Logger } from '../../../src/log.js';
import { createRuntime, type Runtime } from '../../../src/runtime.js';
import {
  SANDBOX_ACCOUNT,
  SANDBOX_TEAM_ID,
  startSandbox,
  type Sandbox,
} from '../../../src/sandbox/index.js';
import {
  createTeamsAdapter,
  type TeamsAdapter,
  type TeamsAdapterOptions,
} from '../../../adapters/teams/teams-adapter.js';
import { startTeamsServer, type TeamsServer } from '../../../adapters/teams/teams-server.js';
import { startFakeConnector, type FakeConnector } from './fake-connector.js';
import {
  APP_ID,
  APP_PASSWORD,
  TENANT_ID,
  startFakeIdentity,
  type FakeIdentity,
} from './fake-identity.js';

/** The corpus's reference instant: Friday 2026-12-04, 10:00 in New York. */
export const REFERENCE_NOW = new Date('2026-12-04T15:00:00Z');

export interface TeamsFrontdesk {
  sandbox: Sandbox;
  runtime: Runtime;
  identity: FakeIdentity;
  connector: FakeConnector;
  adapter: TeamsAdapter;
  server: TeamsServer;
  /** POSTs an activity to /api/messages with a valid Bot Connector token, or `authorization`. */
  post(
    activity: unknown,
    authorization?: string | null,
  ): Promise<{ status: number; body: unknown; elapsedMs: number }>;
  /** Waits until no adapter work is running. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export interface TeamsFrontdeskOptions {
  dbPath?: string;
  logger?: Logger;
  adapter?: Partial<Omit<TeamsAdapterOptions, 'config' | 'frontdesk' | 'store' | 'logger'>>;
  /** An http origin whose attachment links the bot may download, such as a local file server. */
  fileTestOrigin?: string;
  /** More environment variables, such as TEAMS_APPROVERS. */
  env?: Record<string, string>;
  /** An identity and connector shared with an earlier harness, as after a restart. */
  shared?: { identity: FakeIdentity; connector: FakeConnector; sandbox: Sandbox };
}

/** Returns the Teams variables that point botbuilder at the fake identity. */
export function teamsEnv(identity: FakeIdentity): Record<string, string> {
  return {
    MicrosoftAppId: APP_ID,
    MicrosoftAppPassword: APP_PASSWORD,
    MicrosoftAppTenantId: TENANT_ID,
    MicrosoftAppType: 'SingleTenant',
    BotOpenIdMetadata: identity.metadataUrl,
    ToChannelFromBotLoginUrl: identity.loginUrl,
  };
}

/**
 * Starts the whole chain on 127.0.0.1: the ElevenOS sandbox, the real runtime, a fake Microsoft
 * identity (keys, metadata, token endpoint), a fake Bot Connector and the Teams adapter's HTTP
 * server with botbuilder's CloudAdapter behind it.
 */
export async function startTeamsFrontdesk(
  options: TeamsFrontdeskOptions = {},
): Promise<TeamsFrontdesk> {
  const now = () => REFERENCE_NOW;
  const logger = options.logger ?? silentLogger();
  const sandbox = options.shared?.sandbox ?? (await startSandbox({ now }));
  const identity = options.shared?.identity ?? (await startFakeIdentity());
  const connector =
    options.shared?.connector ??
    (await startFakeConnector((token) => identity.issuedTokens.has(token)));
  const config = loadConfig({
    FRONTDESK_DB_PATH: options.dbPath ?? ':memory:',
    ELEVENOS_BASE_URL: sandbox.baseUrl,
    ELEVENOS_EMAIL: SANDBOX_ACCOUNT.email,
    ELEVENOS_PASSWORD: SANDBOX_ACCOUNT.password,
    ELEVENOS_TEAM_ID: SANDBOX_TEAM_ID,
    ...teamsEnv(identity),
    ...(options.fileTestOrigin === undefined
      ? {}
      : { TEAMS_FILE_TEST_ORIGIN: options.fileTestOrigin }),
    ...options.env,
  });
  const runtime = await createRuntime(config, logger, { now });
  const adapter = createTeamsAdapter({
    config: config.teams!,
    frontdesk: runtime.frontdesk,
    store: runtime.store,
    logger,
    now,
    importer: chatFileImporterFor(runtime, config, logger, now),
    ...options.adapter,
  });
  const server = await startTeamsServer({ adapter, port: 0, host: '127.0.0.1', logger });
  const endpoint = `http://127.0.0.1:${server.port}/api/messages`;

  return {
    sandbox,
    runtime,
    identity,
    connector,
    adapter,
    server,
    async post(activity, authorization) {
      const serviceUrl = (activity as { serviceUrl: string }).serviceUrl;
      const header =
        authorization === undefined ? `Bearer ${identity.channelToken(serviceUrl)}` : authorization;
      const started = Date.now();
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(header === null ? {} : { authorization: header }),
        },
        body: JSON.stringify(activity),
      });
      const text = await response.text();
      return {
        status: response.status,
        body: text === '' ? null : (JSON.parse(text) as unknown),
        elapsedMs: Date.now() - started,
      };
    },
    async idle() {
      await adapter.drain(15_000);
    },
    async close() {
      await adapter.drain(15_000);
      await server.close();
      await runtime.close();
      if (options.shared === undefined) {
        await connector.close();
        await identity.close();
        await sandbox.close();
      }
    },
  };
}
