import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import {
  playgroundAllowed,
  startPlaygroundBesideConsole,
} from '../../adapters/web/beside-console.js';
import { loadConfig, type FrontdeskConfig } from '../../src/config.js';
import { silentLogger } from '../../src/log.js';
import { createRuntime, type Runtime } from '../../src/runtime.js';

const SLACK = {
  SLACK_BOT_TOKEN: 'xoxb-test',
  SLACK_SIGNING_SECRET: 'test-secret',
};
const ELEVENOS = {
  ELEVENOS_BASE_URL: 'http://127.0.0.1:9/v2',
  ELEVENOS_EMAIL: 'api@example.com',
  ELEVENOS_PASSWORD: 'test-password',
};

describe('playgroundAllowed', () => {
  it('allows the console on the sandbox', () => {
    expect(playgroundAllowed(loadConfig({}))).toBe(true);
  });

  it('allows approvers on the sandbox', () => {
    expect(playgroundAllowed(loadConfig({ ...SLACK, SLACK_APPROVERS: 'U0APPROVER' }))).toBe(true);
  });

  it('refuses approvers on a real account', () => {
    const config = loadConfig({ ...SLACK, ...ELEVENOS, SLACK_APPROVERS: 'U0APPROVER' });
    expect(playgroundAllowed(config)).toBe(false);
  });

  it('refuses an approver group on a real account', () => {
    const config = loadConfig({ ...SLACK, ...ELEVENOS, SLACK_APPROVER_GROUP: 'S0GROUP' });
    expect(playgroundAllowed(config)).toBe(false);
  });
});

describe('startPlaygroundBesideConsole', () => {
  let runtime: Runtime;
  let blocker: Server;

  beforeEach(async () => {
    runtime = await createRuntime(loadConfig({ FRONTDESK_DB_PATH: ':memory:' }), silentLogger());
    blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  });

  afterEach(async () => {
    await new Promise((resolve) => blocker.close(resolve));
    await runtime.close();
  });

  it('reports a busy port and continues', async () => {
    const port = (blocker.address() as AddressInfo).port;
    const config: FrontdeskConfig = { ...loadConfig({}), port };
    const web = await startPlaygroundBesideConsole({ runtime, config, logger: silentLogger() });

    expect(web.banner).toBe(
      `The web playground did not start: port ${port} on 127.0.0.1 is in use. Set PORT to a free port to use it.`,
    );
    expect(web.posters).toEqual([]);
    await web.close();
  });

  it('prints the address it serves', async () => {
    const config: FrontdeskConfig = { ...loadConfig({}), port: 0 };
    const web = await startPlaygroundBesideConsole({ runtime, config, logger: silentLogger() });
    try {
      const address = /^Web playground: (http:\/\/127\.0\.0\.1:\d+\/)$/.exec(web.banner)?.[1];
      expect(address).toBeDefined();
      const page = await fetch(address!);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>Frontdesk playground</title>');
      expect(web.posters.map((poster) => poster.platform)).toEqual(['web']);
    } finally {
      await web.close();
    }
  });
});
