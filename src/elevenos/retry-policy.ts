/** Bounds for retrying ElevenOS calls. */
export interface RetryOptions {
  /** Retries after the first attempt. */
  limit: number;
  /** Backoff before the first retry; it doubles for each later one. */
  baseDelayMs: number;
  /** Maximum backoff, and the longest `Retry-After` the client is willing to wait. */
  maxDelayMs: number;
  /** Maximum time from the first attempt until the last retry starts. */
  maxTotalMs: number;
}

export const DEFAULT_RETRY: RetryOptions = {
  limit: 3,
  baseDelayMs: 300,
  maxDelayMs: 5_000,
  maxTotalMs: 15_000,
};

/**
 * Reads `Retry-After` as delta seconds or an HTTP date, relative to `nowMs`. Returns null when
 * the header is absent or unreadable; a date in the past gives 0.
 */
export function parseRetryAfter(header: string | null, nowMs: number): number | null {
  if (header === null || header.trim() === '') {
    return null;
  }
  const value = header.trim();
  if (/^\d+$/.test(value)) {
    return Number(value) * 1000;
  }
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - nowMs);
}

/** Tracks the retries of one call and decides how long to wait before the next one. */
export class RetryBudget {
  readonly #options: RetryOptions;
  readonly #now: () => number;
  readonly #random: () => number;
  readonly #startedAt: number;
  #retries = 0;

  constructor(options: RetryOptions, now: () => number, random: () => number) {
    this.#options = options;
    this.#now = now;
    this.#random = random;
    this.#startedAt = now();
  }

  /**
   * Returns the delay before the next retry, or null when the attempt limit, the maximum
   * delay or the total time would be exceeded. A server's `Retry-After` replaces the backoff.
   */
  nextDelay(retryAfterMs: number | null): number | null {
    if (this.#retries >= this.#options.limit) {
      return null;
    }
    if (retryAfterMs !== null && retryAfterMs > this.#options.maxDelayMs) {
      return null;
    }
    const delay = retryAfterMs ?? this.#backoff(this.#retries + 1);
    if (this.#now() - this.#startedAt + delay > this.#options.maxTotalMs) {
      return null;
    }
    this.#retries += 1;
    return delay;
  }

  // Equal jitter: half the exponential delay is fixed, half random, so clients that failed
  // together spread out but no retry comes sooner than half the planned backoff.
  #backoff(retryNumber: number): number {
    const exponential = this.#options.baseDelayMs * 2 ** (retryNumber - 1);
    const capped = Math.min(this.#options.maxDelayMs, exponential);
    return Math.round(capped / 2 + (this.#random() * capped) / 2);
  }
}
