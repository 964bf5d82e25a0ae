import { webApi } from '@slack/bolt';

import type { Logger } from '../../src/log.js';

export interface ChannelPacerOptions {
  /** Minimum time between the starts of two calls to one channel. */
  intervalMs: number;
  /** How many rate-limited responses one call may wait out before it fails. */
  maxRateLimitRetries: number;
  logger: Logger;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** Sends calls to each channel one at a time and at most one per interval. */
export interface ChannelPacer {
  send<T>(channelId: string, call: () => Promise<T>): Promise<T>;
}

function retryAfterSeconds(error: unknown): number | null {
  if (!(error instanceof Error) || !('code' in error)) return null;
  if (error.code !== webApi.ErrorCode.RateLimitedError) return null;
  const seconds = (error as { retryAfter?: unknown }).retryAfter;
  return typeof seconds === 'number' && seconds >= 0 ? seconds : null;
}

/**
 * Paces posts per channel, as Slack allows about one message per second in a channel, and waits
 * out a 429's Retry-After before trying the same call again.
 */
export function createChannelPacer(options: ChannelPacerOptions): ChannelPacer {
  const now = options.now ?? Date.now;
  const sleep =
    options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const queues = new Map<string, Promise<unknown>>();
  const lastStart = new Map<string, number>();

  async function paced<T>(channelId: string, call: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt += 1) {
      const wait = (lastStart.get(channelId) ?? -Infinity) + options.intervalMs - now();
      if (wait > 0) await sleep(wait);
      lastStart.set(channelId, now());
      try {
        return await call();
      } catch (error) {
        const seconds = retryAfterSeconds(error);
        if (seconds === null || attempt >= options.maxRateLimitRetries) throw error;
        options.logger.warn({ channelId, retryAfterSeconds: seconds }, 'slack rate limited a call');
        await sleep(seconds * 1000);
      }
    }
  }

  return {
    send(channelId, call) {
      const previous = queues.get(channelId) ?? Promise.resolve();
      const result = previous.then(
        () => paced(channelId, call),
        () => paced(channelId, call),
      );
      const tail = result.then(
        () => undefined,
        () => undefined,
      );
      queues.set(channelId, tail);
      void tail.then(() => {
        // Forget an idle channel; its last start still spaces the next call.
        if (queues.get(channelId) === tail) queues.delete(channelId);
      });
      return result;
    },
  };
}
