import { createServer } from 'node:net';
import { PassThrough } from 'node:stream';
import { runSandboxCommand } from '../../src/cli/sandbox-command.js';
import { ConfigError } from '../../src/errors.js';
import { SANDBOX_ACCOUNT, SANDBOX_SITES, SANDBOX_TEAM_ID } from '../../src/sandbox/index.js';

function capture() {
  const out = new PassThrough();
  let text = '';
  out.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  return { out, text: () => text };
}

async function waitFor(condition: () => boolean): Promise<void> {
  while (!condition()) {
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('runSandboxCommand', () => {
  it('prints how to reach the sandbox and stops on abort', async () => {
    const { out, text } = capture();
    const stop = new AbortController();

    const running = runSandboxCommand([], out, { signal: stop.signal });
    await waitFor(() => text().includes('Press Ctrl+C'));
    const baseUrl = /running at (\S+)/.exec(text())?.[1] ?? '';
    const reply = await fetch(`${baseUrl}/teams`);
    stop.abort();
    await running;

    expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v2$/);
    expect(reply.status).toBe(403);
    expect(text()).toContain(SANDBOX_ACCOUNT.email);
    expect(text()).toContain(SANDBOX_ACCOUNT.password);
    expect(text()).toContain(SANDBOX_TEAM_ID);
    for (const siteId of Object.values(SANDBOX_SITES)) {
      expect(text()).toContain(siteId);
    }
    expect(text()).toMatch(/stopped/);
  });

  it('listens on the given port', async () => {
    const { out, text } = capture();
    const stop = new AbortController();
    stop.abort();
    const port = await freePort();

    await runSandboxCommand(['--port', String(port)], out, { signal: stop.signal });

    expect(text()).toContain(`running at http://127.0.0.1:${port}/v2`);
  });

  it.each([['--port', 'abc'], ['--port=70000'], ['--port']])('rejects %s', async (...argv) => {
    const { out } = capture();

    await expect(runSandboxCommand(argv, out)).rejects.toBeInstanceOf(ConfigError);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
