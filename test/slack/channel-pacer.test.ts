import { describe, expect, it } from '@jest/globals';
import { webApi } from '@slack/bolt';

import { createChannelPacer } from '../../adapters/slack/channel-pacer.js';
import { silentLogger } from '../../src/log.js';
import { startAdapter } from './helpers/adapter-harness.js';
import { sendToSlackEndpoint, slashCommandBody } from './helpers/slack-requests.js';
import { stubFrontdesk } from './helpers/stub-frontdesk.js';

/** Returns a clock that only moves when the pacer sleeps. */
function fakeTime() {
  const time = { now: 0, sleeps: [] as number[] };
  return {
    time,
    now: () => time.now,
    sleep: (ms: number) => {
      time.sleeps.push(ms);
      time.now += ms;
      return Promise.resolve();
    },
  };
}

function rateLimited(seconds: number): Error {
  return new webApi.WebAPIRateLimitedError(seconds);
}

describe('createChannelPacer', () => {
  it('spaces calls to one channel by the interval', async () => {
    const clock = fakeTime();
    const pacer = createChannelPacer({
      intervalMs: 1_000,
      maxRateLimitRetries: 3,
      logger: silentLogger(),
      ...clock,
    });
    const starts: number[] = [];

    await Promise.all(
      [1, 2, 3].map(() => pacer.send('C1', () => Promise.resolve(starts.push(clock.now())))),
    );

    expect(starts).toEqual([0, 1_000, 2_000]);
  });

  it('does not hold one channel back for another', async () => {
    const clock = fakeTime();
    const pacer = createChannelPacer({
      intervalMs: 1_000,
      maxRateLimitRetries: 3,
      logger: silentLogger(),
      ...clock,
    });
    const starts: Record<string, number> = {};

    await Promise.all(
      ['C1', 'C2', 'C3'].map((channel) =>
        pacer.send(channel, () => Promise.resolve((starts[channel] = clock.now()))),
      ),
    );

    expect(starts).toEqual({ C1: 0, C2: 0, C3: 0 });
  });

  it('waits out Retry-After before trying again', async () => {
    const clock = fakeTime();
    const pacer = createChannelPacer({
      intervalMs: 1_000,
      maxRateLimitRetries: 3,
      logger: silentLogger(),
      ...clock,
    });
    const attempts: number[] = [];

    const result = await pacer.send('C1', () => {
      attempts.push(clock.now());
      return attempts.length === 1 ? Promise.reject(rateLimited(7)) : Promise.resolve('posted');
    });

    expect(result).toBe('posted');
    expect(attempts).toEqual([0, 7_000]);
  });

  it('gives up after the retry limit', async () => {
    const clock = fakeTime();
    const pacer = createChannelPacer({
      intervalMs: 0,
      maxRateLimitRetries: 2,
      logger: silentLogger(),
      ...clock,
    });
    let attempts = 0;

    const sending = pacer.send('C1', () => {
      attempts += 1;
      return Promise.reject(rateLimited(1));
    });

    await expect(sending).rejects.toBeInstanceOf(webApi.WebAPIRateLimitedError);
    expect(attempts).toBe(3);
  });

  it('keeps the order of a channel after a failed call', async () => {
    const clock = fakeTime();
    const pacer = createChannelPacer({
      intervalMs: 0,
      maxRateLimitRetries: 0,
      logger: silentLogger(),
      ...clock,
    });
    const order: string[] = [];

    const first = pacer.send('C1', () => Promise.reject(new Error('boom')));
    const second = pacer.send('C1', () => Promise.resolve(order.push('second')));

    await expect(first).rejects.toThrow('boom');
    await second;
    expect(order).toEqual(['second']);
  });
});

describe('Slack posts under rate limits', () => {
  it('retries a post after the Retry-After of a 429', async () => {
    const harness = await startAdapter({
      frontdesk: stubFrontdesk({}),
      adapter: { paceIntervalMs: 1_000 },
    });
    try {
      harness.slack.rateLimit('chat.postMessage', 1, 1);
      const body = slashCommandBody({ text: 'help', responseUrl: harness.slack.responseUrl('r') });

      await sendToSlackEndpoint(harness.baseUrl, body, 'application/x-www-form-urlencoded');
      const posts = await harness.slack.waitFor('chat.postMessage', 2);

      expect(posts[0]!.response).toBeNull();
      expect(posts[1]!.response?.ok).toBe(true);
      expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(1_000);
    } finally {
      await harness.close();
    }
  });
});
