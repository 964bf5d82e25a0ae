import { startWebPlayground, type WebPlayground } from '../../../adapters/web/web-playground.js';
import { loadConfig } from '../../../src/config.js';
import { silentLogger } from '../../../src/log.js';
import { createRuntime, type Runtime } from '../../../src/runtime.js';
import { REFERENCE_NOW } from '../../helpers/console-harness.js';

export interface PlaygroundHarness {
  runtime: Runtime;
  playground: WebPlayground;
  /** Such as http://127.0.0.1:41234 (no trailing slash). */
  origin: string;
  port: number;
  close(): Promise<void>;
}

/** Starts the real runtime (sandbox, in-memory store) and the playground on a free port. */
export async function startPlayground(): Promise<PlaygroundHarness> {
  const now = () => REFERENCE_NOW;
  const config = loadConfig({ FRONTDESK_DB_PATH: ':memory:' });
  const runtime = await createRuntime(config, silentLogger(), { now });
  const playground = await startWebPlayground({
    runtime,
    config,
    logger: silentLogger(),
    port: 0,
    now,
  });
  const origin = playground.url.replace(/\/$/, '');
  return {
    runtime,
    playground,
    origin,
    port: Number(new URL(origin).port),
    close: async () => {
      await playground.close();
      await runtime.close();
    },
  };
}
