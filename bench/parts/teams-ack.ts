import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { SANDBOX_ACCOUNT, SANDBOX_TEAM_ID } from '../../src/sandbox/index.js';
import { APP_ID, APP_PASSWORD, TENANT_ID } from '../../test/teams/helpers/fake-identity.js';
import type { FakeEndpoints } from '../servers/fakes.js';
import type { BenchOptions } from '../lib/bench-options.js';
import { startChildServer, type ChildServer } from '../lib/child-server.js';
import { compareLoad, type LoadLevel } from '../lib/compare-load.js';
import { freePort } from '../lib/free-port.js';
import { teamsTraffic } from '../lib/teams-traffic.js';

function botEnv(fakes: FakeEndpoints, port: number) {
  return {
    PORT: String(port),
    MicrosoftAppId: APP_ID,
    MicrosoftAppPassword: APP_PASSWORD,
    MicrosoftAppTenantId: TENANT_ID,
    MicrosoftAppType: 'SingleTenant',
    BotOpenIdMetadata: fakes.metadataUrl,
    ToChannelFromBotLoginUrl: fakes.loginUrl,
  };
}

/** Frontdesk's production Teams process (`frontdesk start`) against a bare CloudAdapter echo bot. */
export async function benchTeamsAck(
  fakes: FakeEndpoints,
  options: BenchOptions,
): Promise<LoadLevel[]> {
  const dir = await mkdtemp(join(tmpdir(), 'frontdesk-bench-'));
  const [basePort, ownPort] = [await freePort(), await freePort()];
  const started: ChildServer[] = [];
  try {
    started.push(
      await startChildServer({
        script: 'bench/servers/bare-cloud-adapter.ts',
        port: basePort,
        env: botEnv(fakes, basePort),
      }),
    );
    started.push(
      await startChildServer({
        script: 'bin/frontdesk.ts',
        args: ['start'],
        port: ownPort,
        env: {
          ...botEnv(fakes, ownPort),
          ELEVENOS_BASE_URL: fakes.sandboxUrl,
          ELEVENOS_EMAIL: SANDBOX_ACCOUNT.email,
          ELEVENOS_PASSWORD: SANDBOX_ACCOUNT.password,
          ELEVENOS_TEAM_ID: SANDBOX_TEAM_ID,
          FRONTDESK_DB_PATH: join(dir, 'frontdesk.db'),
        },
        ...(process.env.BENCH_CPU_PROF === undefined
          ? {}
          : { nodeFlags: ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] }),
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, options.settleMs));

    const traffic = () => teamsTraffic(fakes.serviceUrl, fakes.channelToken);
    return await compareLoad(
      { url: `http://127.0.0.1:${basePort}`, traffic },
      { url: `http://127.0.0.1:${ownPort}`, traffic },
      options,
    );
  } finally {
    for (const server of started) await server.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
