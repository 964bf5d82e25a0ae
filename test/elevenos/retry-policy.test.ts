import { RetryBudget, parseRetryAfter } from '../../src/elevenos/retry-policy.js';

const NOW = Date.parse('2026-12-04T15:00:00Z');

describe('parseRetryAfter', () => {
  it('reads delta seconds', () => {
    expect(parseRetryAfter('2', NOW)).toBe(2000);
  });

  it('reads an HTTP date', () => {
    expect(parseRetryAfter('Fri, 04 Dec 2026 15:00:30 GMT', NOW)).toBe(30_000);
  });

  it('gives 0 for a date in the past', () => {
    expect(parseRetryAfter('Fri, 04 Dec 2026 14:00:00 GMT', NOW)).toBe(0);
  });

  it('gives null for an absent or unreadable header', () => {
    expect(parseRetryAfter(null, NOW)).toBeNull();
    expect(parseRetryAfter('soon', NOW)).toBeNull();
  });
});

describe('RetryBudget', () => {
  const options = { limit: 3, baseDelayMs: 200, maxDelayMs: 1000, maxTotalMs: 10_000 };

  it('keeps jittered backoff between half and all of the exponential delay', () => {
    const low = new RetryBudget(
      options,
      () => NOW,
      () => 0,
    );
    const high = new RetryBudget(
      options,
      () => NOW,
      () => 0.999,
    );

    expect([low.nextDelay(null), low.nextDelay(null), low.nextDelay(null)]).toEqual([
      100, 200, 400,
    ]);
    expect([high.nextDelay(null), high.nextDelay(null), high.nextDelay(null)]).toEqual([
      200, 400, 800,
    ]);
  });

  it('caps the backoff at the maximum delay', () => {
    const budget = new RetryBudget(
      { ...options, limit: 10 },
      () => NOW,
      () => 0.999,
    );
    const delays = Array.from({ length: 6 }, () => budget.nextDelay(null));

    expect(Math.max(...(delays as number[]))).toBe(1000);
  });

  it('stops after the retry limit', () => {
    const budget = new RetryBudget(
      options,
      () => NOW,
      () => 0,
    );
    budget.nextDelay(null);
    budget.nextDelay(null);
    budget.nextDelay(null);

    expect(budget.nextDelay(null)).toBeNull();
  });

  it('uses Retry-After in place of the backoff', () => {
    const budget = new RetryBudget(
      options,
      () => NOW,
      () => 0,
    );

    expect(budget.nextDelay(700)).toBe(700);
  });

  it('refuses a Retry-After beyond the maximum delay', () => {
    const budget = new RetryBudget(
      options,
      () => NOW,
      () => 0,
    );

    expect(budget.nextDelay(5000)).toBeNull();
  });

  it('refuses a delay that would pass the total time', () => {
    let now = NOW;
    const budget = new RetryBudget(
      { ...options, maxTotalMs: 1000 },
      () => now,
      () => 0,
    );
    now += 900;

    expect(budget.nextDelay(200)).toBeNull();
    expect(budget.nextDelay(100)).toBe(100);
  });
});
