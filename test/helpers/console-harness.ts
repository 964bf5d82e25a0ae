import { createConsoleSession } from '../../adapters/console/console-adapter.js';
import type { Card } from '../../src/bot/replies.js';
import { loadConfig } from '../../src/config.js';
import type { ElevenOsCallEvent } from '../../src/elevenos/client.js';
import { type Logger, silentLogger } from '../../src/log.js';
import { createRuntime, type Runtime } from '../../src/runtime.js';

/** The corpus's reference instant: Friday 2026-12-04, 10:00 in New York. */
export const REFERENCE_NOW = new Date('2026-12-04T15:00:00Z');

export interface ConsoleHarness {
  runtime: Runtime;
  calls: ElevenOsCallEvent[];
  clock: { now: Date };
  /** Types one line into the console and returns what it printed. */
  say(line: string): Promise<string>;
  /** The console's latest card, whose action values a stale copy would send again. */
  latestCard(): Card | null;
  /** ElevenOS writes so far, as "METHOD /path/template". */
  writes(): string[];
  close(): Promise<void>;
}

/** Starts the real runtime (sandbox, client, in-memory store) behind a console session. */
export async function startConsole(
  env: Record<string, string> = {},
  logger: Logger = silentLogger(),
): Promise<ConsoleHarness> {
  const clock = { now: REFERENCE_NOW };
  const calls: ElevenOsCallEvent[] = [];
  const runtime = await createRuntime(
    loadConfig({ FRONTDESK_DB_PATH: ':memory:', ...env }),
    logger,
    { now: () => clock.now, onElevenOsCall: (call) => calls.push(call) },
  );
  const session = createConsoleSession({ frontdesk: runtime.frontdesk, logger });

  return {
    runtime,
    calls,
    clock,
    say: (line) => session.handleLine(line),
    latestCard: () => session.latestCard(),
    writes: () =>
      calls
        .filter((call) => call.method !== 'GET' && !call.pathTemplate.includes('oauth'))
        .map((call) => `${call.method} ${call.pathTemplate}`),
    close: () => runtime.close(),
  };
}
