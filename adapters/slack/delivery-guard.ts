import type { Logger } from '../../src/log.js';
import type { Store } from '../../src/store/store.js';

export interface DeliveryGuardOptions {
  store: Store;
  logger: Logger;
  now?: () => Date;
  /** How long a handled delivery is remembered; Slack retries within minutes, so a day is ample. */
  ttlMs?: number;
  /** After this long a claim whose run never finished (a crash) may be taken by a redelivery. */
  leaseMs?: number;
}

export type DeliveryResult = 'handled' | 'duplicate';

/** Runs the work of each platform delivery once, across retries, replicas and restarts. */
export interface DeliveryGuard {
  /** Claims the key. Returns false when another run has it or it was handled. */
  claim(key: string): Promise<boolean>;
  /** Ends a claim: `failed` lets a redelivery claim the key again. */
  finish(key: string, status: 'done' | 'failed'): Promise<void>;
  /**
   * Runs `work` unless the key was already claimed. When `work` throws, the claim is released
   * so a redelivery can run it again, and the error is rethrown.
   */
  once(key: string, work: () => Promise<void>): Promise<DeliveryResult>;
}

const DAY_MS = 24 * 60 * 60_000;
const DEFAULT_LEASE_MS = 2 * 60_000;

export function createDeliveryGuard(options: DeliveryGuardOptions): DeliveryGuard {
  const { store, logger } = options;
  const now = options.now ?? (() => new Date());
  const ttlMs = options.ttlMs ?? DAY_MS;
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;

  async function claim(key: string): Promise<boolean> {
    const claimed = await store.claimDelivery(key, { at: now(), ttlMs, leaseMs });
    if (!claimed) logger.info({ deliveryKey: key }, 'duplicate delivery skipped');
    return claimed;
  }

  async function finish(key: string, status: 'done' | 'failed'): Promise<void> {
    await store.finishDelivery(key, status, now());
  }

  return {
    claim,
    finish,
    async once(key, work) {
      if (!(await claim(key))) return 'duplicate';
      try {
        await work();
      } catch (error) {
        await finish(key, 'failed');
        throw error;
      }
      await finish(key, 'done');
      return 'handled';
    },
  };
}
