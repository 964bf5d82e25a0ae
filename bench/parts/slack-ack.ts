import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { SANDBOX_ACCOUNT, SANDBOX_TEAM_ID } from '../../src/sandbox/index.js';
import type { FakeEndpoints } from '../servers/fakes.js';
import type { BenchOptions } from '../lib/bench-options.js';
import { startChildServer, type ChildServer } from '../lib/child-server.js';
import { compareLoad, type LoadLevel } from '../lib/compare-load.js';
import { freePort } from '../lib/free-port.js';
import { BENCH_SIGNING_SECRET, slackTraffic } from '../lib/slack-traffic.js';

export interface SlackAckResult {
  levels: LoadLevel[];
  /** Idle RSS in KiB after the settle time, before any load. */
  idleRssKb: { baseline: number; subject: number };
}

/** The environment `frontdesk start` reads to serve Slack against the bench's stand-ins. */
function frontdeskSlackEnv(fakes: FakeEndpoints, port: number, dbPath: string) {
  return {
    PORT: String(port),
    SLACK_SIGNING_SECRET: BENCH_SIGNING_SECRET,
    SLACK_BOT_TOKEN: 'xoxb-bench-token',
    SLACK_API_URL: fakes.slackApiUrl,
    ELEVENOS_BASE_URL: fakes.sandboxUrl,
    ELEVENOS_EMAIL: SANDBOX_ACCOUNT.email,
    ELEVENOS_PASSWORD: SANDBOX_ACCOUNT.password,
    ELEVENOS_TEAM_ID: SANDBOX_TEAM_ID,
    FRONTDESK_DB_PATH: dbPath,
  };
}

/**
 * Frontdesk's production Slack process (`frontdesk start`, SQLite file, pino at info to a
 * discarded stdout) against a bare Bolt app that only acks.
 */
export async function benchSlackAck(
  fakes: FakeEndpoints,
  options: BenchOptions,
): Promise<SlackAckResult> {
  const dir = await mkdtemp(join(tmpdir(), 'frontdesk-bench-'));
  const [basePort, ownPort] = [await freePort(), await freePort()];
  const started: ChildServer[] = [];
  try {
    const baseline = await startChildServer({
      script: 'bench/servers/bare-bolt.ts',
      port: basePort,
      env: {
        PORT: String(basePort),
        SLACK_SIGNING_SECRET: BENCH_SIGNING_SECRET,
        SLACK_BOT_TOKEN: 'xoxb-bench-token',
        SLACK_API_URL: fakes.slackApiUrl,
      },
    });
    started.push(baseline);
    const subject = await startChildServer({
      script: 'bin/frontdesk.ts',
      args: ['start'],
      port: ownPort,
      env: frontdeskSlackEnv(fakes, ownPort, join(dir, 'frontdesk.db')),
      ...(process.env.BENCH_CPU_PROF === undefined
        ? {}
        : { nodeFlags: ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] }),
    });
    started.push(subject);

    await new Promise((resolve) => setTimeout(resolve, options.settleMs));
    const idleRssKb = { baseline: await baseline.rssKb(), subject: await subject.rssKb() };

    const responseBase = fakes.slackApiUrl.replace(/\/api\/$/, '');
    const levels = await compareLoad(
      { url: `http://127.0.0.1:${basePort}`, traffic: () => slackTraffic(responseBase) },
      { url: `http://127.0.0.1:${ownPort}`, traffic: () => slackTraffic(responseBase) },
      options,
    );
    return { levels, idleRssKb };
  } finally {
    for (const server of started) await server.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
