import type { ElevenOsClient } from '../elevenos/client.js';
import type { Store } from '../store/store.js';

export type CheckResult = 'ok' | 'failing';

export interface HealthReport {
  status: 'ok' | 'degraded';
  checks: { process: CheckResult; store: CheckResult; elevenos: CheckResult };
}

/** How long an ElevenOS token check is reused, so health probes do not hammer the API. */
const TOKEN_CHECK_TTL_MS = 30_000;

/**
 * Checks that the process can do its work: the store answers a query and an ElevenOS token can
 * be obtained. Failures are reported, never raised.
 */
export function createHealthCheck(options: {
  store: Store;
  client: ElevenOsClient;
  now?: () => number;
}): () => Promise<HealthReport> {
  const now = options.now ?? Date.now;
  let lastTokenCheck: { at: number; result: CheckResult } | null = null;

  async function checkStore(): Promise<CheckResult> {
    try {
      await options.store.db.selectFrom('proposals').select('id').limit(1).execute();
      return 'ok';
    } catch {
      return 'failing';
    }
  }

  async function checkElevenOs(): Promise<CheckResult> {
    if (lastTokenCheck !== null && now() - lastTokenCheck.at < TOKEN_CHECK_TTL_MS) {
      return lastTokenCheck.result;
    }
    let result: CheckResult;
    try {
      await options.client.checkToken();
      result = 'ok';
    } catch {
      result = 'failing';
    }
    lastTokenCheck = { at: now(), result };
    return result;
  }

  return async () => {
    const [store, elevenos] = await Promise.all([checkStore(), checkElevenOs()]);
    const healthy = store === 'ok' && elevenos === 'ok';
    return { status: healthy ? 'ok' : 'degraded', checks: { process: 'ok', store, elevenos } };
  };
}
