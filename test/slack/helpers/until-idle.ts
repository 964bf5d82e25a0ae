import type { SlackAdapter } from '../../../adapters/slack/slack-adapter.js';

/** Resolves once no handler of the adapter is working, checking every 10 ms for 10 s at most. */
export async function untilIdle(adapter: SlackAdapter, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (adapter.inFlight > 0) {
    if (Date.now() - started > timeoutMs) throw new Error('the adapter stayed busy');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
