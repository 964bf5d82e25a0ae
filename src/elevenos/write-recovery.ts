import { ElevenOsError } from './errors.js';
import type { AttemptResult } from './http-transport.js';
import type { RetryBudget } from './retry-policy.js';

/** One write, described so that an unknown outcome can be settled by reading back. */
export interface WritePlan<T> {
  attempt: () => Promise<AttemptResult>;
  /** Turns a success body into the result; throws an ElevenOsError when it cannot. */
  decode: (status: number, body: unknown) => T;
  /** Reads ElevenOS now, to tell whether the change is there. */
  readBack: () => Promise<ReadBackFound<T>>;
}

export type ReadBackFound<T> = { found: true; value: T } | { found: false };

/**
 * Runs a write without ever repeating it blindly. A definite rejection is thrown at once, except
 * 429 and an unreachable server, which are retried within the budget. After an unknown outcome
 * (timeout, dropped connection, 5xx) the change is read back. If it is there, that is the result.
 * If not, the write is tried once more, and a final read-back settles the outcome.
 */
export async function performWrite<T>(
  plan: WritePlan<T>,
  budget: RetryBudget,
  sleep: (ms: number) => Promise<void>,
): Promise<T> {
  let triedAgainAfterUnknown = false;
  for (;;) {
    const result = await plan.attempt();
    const settled = settle(plan, result);
    if (settled.ok) {
      return settled.value;
    }
    const error = settled.error;

    if (error.outcome === 'not_applied' && !triedAgainAfterUnknown) {
      const delay = isSafeToRepeat(error) ? budget.nextDelay(error.retryAfterMs) : null;
      if (delay === null) {
        throw error;
      }
      await sleep(delay);
      continue;
    }

    // This attempt, or the one before it, may have been applied. Waiting first gives a slow
    // server time to finish, so the read-back finds the change and no second copy is made.
    const delay = budget.nextDelay(error.retryAfterMs);
    if (delay !== null) {
      await sleep(delay);
    }
    const readBack = await readBackOrThrow(plan, error);
    if (readBack.found) {
      return readBack.value;
    }
    if (delay === null || triedAgainAfterUnknown) {
      throw error.outcome === 'unknown' ? error.withOutcome('not_applied') : error;
    }
    triedAgainAfterUnknown = true;
  }
}

function settle<T>(
  plan: WritePlan<T>,
  result: AttemptResult,
): { ok: true; value: T } | { ok: false; error: ElevenOsError } {
  if (!result.ok) {
    return result;
  }
  try {
    return { ok: true, value: plan.decode(result.status, result.body) };
  } catch (error) {
    if (error instanceof ElevenOsError) {
      return { ok: false, error };
    }
    throw error;
  }
}

// A 429 and a refused connection both mean the request was not processed.
function isSafeToRepeat(error: ElevenOsError): boolean {
  return error.status === 429 || error.code === 'ELEVENOS_UNREACHABLE';
}

async function readBackOrThrow<T>(
  plan: WritePlan<T>,
  error: ElevenOsError,
): Promise<ReadBackFound<T>> {
  try {
    return await plan.readBack();
  } catch (readError) {
    // A resident or site that is gone is a definite result. Any other failure leaves the
    // write's outcome unknown.
    if (readError instanceof ElevenOsError && readError.code === 'ELEVENOS_NOT_FOUND') {
      throw readError;
    }
    throw error.withOutcome('unknown');
  }
}
