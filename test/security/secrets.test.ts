import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { createConsoleSession } from '../../adapters/console/console-adapter.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { createRuntime, type Runtime } from '../../src/runtime.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { SANDBOX_ACCOUNT, SANDBOX_TEAM_ID } from '../../src/sandbox/seed-sites.js';
import { REFERENCE_NOW } from '../helpers/console-harness.js';

/**
 * Forwards every request to the sandbox and keeps each access token the sandbox issues, so the
 * test knows the exact secret to look for.
 */
async function startRecordingProxy(
  target: string,
  tokens: Set<string>,
): Promise<{ url: string; server: Server }> {
  const origin = new URL(target);
  const server = createServer((incoming, outgoing) => {
    const forwarded = httpRequest(
      {
        host: origin.hostname,
        port: origin.port,
        path: incoming.url,
        method: incoming.method,
        headers: incoming.headers,
      },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          const body = Buffer.concat(chunks);
          for (const match of body.toString('utf8').matchAll(/"access_token"\s*:\s*"([^"]+)"/g)) {
            tokens.add(match[1]!);
          }
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          outgoing.end(body);
        });
      },
    );
    incoming.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}${origin.pathname}`, server };
}

describe('secrets at rest and in output', () => {
  const tokens = new Set<string>();
  let sandbox: Sandbox;
  let proxy: Server;
  let runtime: Runtime;
  let directory: string;
  let logs = '';
  let printed = '';

  beforeAll(async () => {
    sandbox = await startSandbox({ now: () => REFERENCE_NOW, tokenTtlSeconds: 60 });
    const recording = await startRecordingProxy(sandbox.baseUrl, tokens);
    proxy = recording.server;
    directory = mkdtempSync(join(tmpdir(), 'frontdesk-secrets-'));
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logs += chunk.toString('utf8');
        done();
      },
    });
    // Debug logs include whole payloads, and secrets must stay out of them too.
    const logger = createLogger({ level: 'debug', destination: sink });
    const clock = { now: REFERENCE_NOW };
    runtime = await createRuntime(
      loadConfig({
        FRONTDESK_DB_PATH: join(directory, 'frontdesk.db'),
        ELEVENOS_BASE_URL: recording.url,
        ELEVENOS_EMAIL: SANDBOX_ACCOUNT.email,
        ELEVENOS_PASSWORD: SANDBOX_ACCOUNT.password,
        ELEVENOS_TEAM_ID: SANDBOX_TEAM_ID,
      }),
      logger,
      { now: () => clock.now },
    );
    const session = createConsoleSession({ frontdesk: runtime.frontdesk, logger });
    const lines = [
      'move in Jane Doe jane@example.com to Hudson 102 on March 1',
      'yes',
      'who is in Hudson 102?',
    ];
    for (const line of lines) printed += await session.handleLine(line);
    // An expired token makes the client fetch a second one mid-session.
    sandbox.clock.advance(120_000);
    printed += await session.handleLine('upcoming move-ins at Hudson Yards');
    await runtime.close();
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => proxy.close(() => resolve()));
    await sandbox.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('records the tokens the sandbox issued', () => {
    expect(tokens.size).toBeGreaterThanOrEqual(2);
    expect(printed).toContain('Scheduled');
  });

  it('keeps tokens and password out of the store files', () => {
    const stored = readdirSync(directory)
      .map((name) => readFileSync(join(directory, name)).toString('latin1'))
      .join('\n');

    expect(stored.length).toBeGreaterThan(0);
    for (const secret of [...tokens, SANDBOX_ACCOUNT.password]) {
      expect({ secret, found: stored.includes(secret) }).toEqual({ secret, found: false });
    }
  });

  it('keeps tokens and password out of debug logs', () => {
    expect(logs).toContain('proposal confirmed');
    for (const secret of [...tokens, SANDBOX_ACCOUNT.password]) {
      expect({ secret, found: logs.includes(secret) }).toEqual({ secret, found: false });
    }
  });

  it('never prints tokens or password to the user', () => {
    for (const secret of [...tokens, SANDBOX_ACCOUNT.password]) {
      expect({ secret, found: printed.includes(secret) }).toEqual({ secret, found: false });
    }
  });
});
