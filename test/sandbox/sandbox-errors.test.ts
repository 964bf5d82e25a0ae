import { connect } from 'node:net';
import { startSandbox } from '../../src/sandbox/index.js';
import { HUDSON_PATH, REFERENCE_NOW } from './sandbox-http.js';

describe('sandbox onError', () => {
  it('reports a request body that breaks off', async () => {
    const errors: unknown[] = [];
    const sandbox = await startSandbox({
      now: () => REFERENCE_NOW,
      onError: (e) => errors.push(e),
    });
    const socket = connect(sandbox.port, '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));

    const head =
      `POST /v2${HUDSON_PATH}/resident HTTP/1.1\r\nHost: 127.0.0.1\r\n` +
      'Content-Type: application/json\r\nContent-Length: 100\r\n\r\n';
    await new Promise<void>((resolve) => socket.write(`${head}{"FirstName":`, () => resolve()));
    socket.end();
    while (errors.length === 0) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    await sandbox.close();

    expect(errors).toHaveLength(1);
    expect(sandbox.requests.list()).toEqual([]);
  });
});
