import type { ElevenOsError } from './errors.js';
import type { AttemptResult } from './http-transport.js';
import type { RetryBudget } from './retry-policy.js';

const RETRYABLE_STATUSES = new Set([408, 429, 500, 502, 503, 504]);

/** Checks whether a call without side effects may be repeated after this error. */
export function isRetryableRead(error: ElevenOsError): boolean {
  if (error.status !== null) {
    return RETRYABLE_STATUSES.has(error.status);
  }
  return ['ELEVENOS_TIMEOUT', 'ELEVENOS_UNREACHABLE', 'ELEVENOS_UNAVAILABLE'].includes(error.code);
}

/** Repeats an attempt without side effects until it succeeds or the budget runs out. */
export async function retryRead(
  attempt: () => Promise<AttemptResult>,
  budget: RetryBudget,
  sleep: (ms: number) => Promise<void>,
): Promise<{ status: number; body: unknown }> {
  for (;;) {
    const result = await attempt();
    if (result.ok) {
      return result;
    }
    if (!isRetryableRead(result.error)) {
      throw result.error;
    }
    const delay = budget.nextDelay(result.error.retryAfterMs);
    if (delay === null) {
      throw result.error;
    }
    await sleep(delay);
  }
}
