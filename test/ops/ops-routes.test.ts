import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { opsRoutes } from '../../adapters/web/ops-routes.js';
import { startConsole, type ConsoleHarness } from '../helpers/console-harness.js';

describe('ops routes', () => {
  let chat: ConsoleHarness;
  let server: Server;
  let baseUrl: string;

  beforeEach(async () => {
    chat = await startConsole();
    const routes = opsRoutes({ health: chat.runtime.health, metrics: chat.runtime.metrics });
    server = createServer((request, response) => {
      const route = routes.find((each) => each.path === request.url);
      if (route === undefined) {
        response.writeHead(404).end();
        return;
      }
      route.handler(request, response);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterEach(async () => {
    await new Promise((resolve) => server.close(resolve));
    await chat.close();
  });

  it('reports healthy when the store and ElevenOS answer', async () => {
    const response = await fetch(`${baseUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      checks: { process: 'ok', store: 'ok', elevenos: 'ok' },
    });
  });

  it('reports degraded when the store is gone', async () => {
    await chat.runtime.store.close();
    const response = await fetch(`${baseUrl}/healthz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      status: 'degraded',
      checks: { store: 'failing' },
    });
  });

  it('counts commands, confirmations and ElevenOS calls', async () => {
    await chat.say('move in Jane Doe to Hudson 102 on March 1');
    await chat.say('yes');
    const body = await (await fetch(`${baseUrl}/metrics`)).text();
    expect(body).toContain('frontdesk_commands_total{intent="move_in"} 1');
    expect(body).toContain('frontdesk_confirmations_total{status="done"} 1');
    expect(body).toContain(
      'frontdesk_elevenos_calls_total{method="POST",path="/team/{teamId}/site/{siteId}/resident",status="200"} 1',
    );
    expect(body).toMatch(
      /frontdesk_elevenos_call_seconds_count\{method="GET",path="\/team\/\{teamId\}\/sites"\} \d+/,
    );
  });
});
