import type { Poster } from '../../../src/bot/poster.js';
import type { Card, ConversationAddress, Reply } from '../../../src/bot/replies.js';
import { loadConfig } from '../../../src/config.js';
import {
  createDigestScheduler,
  type DigestScheduler,
} from '../../../src/digest/digest-scheduler.js';
import { createRunRepository, type DigestRun } from '../../../src/digest/run-repository.js';
import type { SchedulerSettings } from '../../../src/digest/scheduler-settings.js';
import { createSubscriptionRepository } from '../../../src/digest/subscription-repository.js';
import type { DigestSubscription } from '../../../src/digest/subscription.js';
import { createLogger } from '../../../src/log.js';
import { createRuntime, type Runtime } from '../../../src/runtime.js';

export interface RecordedPost {
  address: ConversationAddress;
  replies: Reply[];
  at: Date;
}

/** A poster that records every post and fails the next `failures` ones on request. */
export interface RecordingPoster extends Poster {
  posts: RecordedPost[];
  failNext(count: number): void;
}

export function recordingPoster(clock: { now: Date }): RecordingPoster {
  const posts: RecordedPost[] = [];
  let failures = 0;
  return {
    posts,
    failNext(count) {
      failures = count;
    },
    post(address, replies) {
      if (failures > 0) {
        failures -= 1;
        return Promise.reject(new Error('platform unavailable'));
      }
      posts.push({ address, replies, at: clock.now });
      return Promise.resolve(replies.map(() => null));
    },
    update: () => Promise.reject(new Error('digests are never edited')),
    reaches: () => true,
  };
}

/** Log lines as parsed JSON, for asserting what was logged and what was not. */
export interface LogCapture {
  lines: Record<string, unknown>[];
  raw: () => string;
  messages: (msg: string) => Record<string, unknown>[];
}

export function captureLogs(): { capture: LogCapture; logger: ReturnType<typeof createLogger> } {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({
    level: 'info',
    destination: {
      write(line: string) {
        lines.push(JSON.parse(line) as Record<string, unknown>);
      },
    },
  });
  return {
    logger,
    capture: {
      lines,
      raw: () => lines.map((line) => JSON.stringify(line)).join('\n'),
      messages: (msg) => lines.filter((line) => line.msg === msg),
    },
  };
}

export interface DigestHarness {
  runtime: Runtime;
  clock: { now: Date };
  poster: RecordingPoster;
  logs: LogCapture;
  /** Sends a message in a Slack channel at the clock's time. */
  say(text: string, channelId?: string): Promise<Reply[]>;
  /** Creates a scheduler on the harness's store. Each call is a new worker, as after a restart. */
  scheduler(options?: {
    workerId?: string;
    settings?: Partial<SchedulerSettings>;
  }): DigestScheduler;
  /** Sets the clock to each instant from `from` to `to` (inclusive) and ticks at each. */
  tickEvery(
    scheduler: DigestScheduler,
    from: string,
    to: string,
    stepMinutes: number,
  ): Promise<void>;
  tickAt(scheduler: DigestScheduler, instant: string): Promise<void>;
  subscription(channelId?: string): Promise<DigestSubscription | null>;
  runs(channelId?: string): Promise<DigestRun[]>;
  close(): Promise<void>;
}

export const CHANNEL = 'CFAKEDIGEST1';

/**
 * Starts the real runtime (ElevenOS sandbox, in-memory SQLite store, core with extensions) at
 * `start`, with a recording poster and a clock the test moves.
 */
export async function startDigestHarness(start: string): Promise<DigestHarness> {
  const clock = { now: new Date(start) };
  const { logger, capture } = captureLogs();
  const runtime = await createRuntime(loadConfig({ FRONTDESK_DB_PATH: ':memory:' }), logger, {
    now: () => clock.now,
  });
  const poster = recordingPoster(clock);
  const subscriptions = createSubscriptionRepository(runtime.store.db);
  const runs = createRunRepository(runtime.store.db);

  const harness: DigestHarness = {
    runtime,
    clock,
    poster,
    logs: capture,
    say: (text, channelId = CHANNEL) =>
      runtime.frontdesk.handleMessage({
        actor: { id: 'UFAKEMARIA', displayName: '@maria' },
        conversation: { platform: 'slack', channelId },
        text,
      }),
    scheduler: (options = {}) =>
      createDigestScheduler({
        store: runtime.store,
        client: runtime.client,
        sites: runtime.sites,
        poster,
        logger,
        ...options,
      }),
    async tickEvery(scheduler, from, to, stepMinutes) {
      const end = Date.parse(to);
      for (let at = Date.parse(from); at <= end; at += stepMinutes * 60_000) {
        clock.now = new Date(at);
        await scheduler.tick(clock.now);
      }
    },
    async tickAt(scheduler, instant) {
      clock.now = new Date(instant);
      await scheduler.tick(clock.now);
    },
    subscription: (channelId = CHANNEL) => subscriptions.find(`slack:${channelId}`),
    async runs(channelId = CHANNEL) {
      const subscription = await subscriptions.find(`slack:${channelId}`);
      return subscription === null ? [] : runs.listForSubscription(subscription.id);
    },
    close: () => runtime.close(),
  };
  return harness;
}

/** Returns the cards of one post; a digest sends one card per site. */
export function cardsOf(post: RecordedPost | undefined): Card[] {
  return (post?.replies ?? []).flatMap((reply) => (reply.kind === 'card' ? [reply.card] : []));
}

export function postInstants(poster: RecordingPoster): string[] {
  return poster.posts.map((post) => post.at.toISOString());
}
