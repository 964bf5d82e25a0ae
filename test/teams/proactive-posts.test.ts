import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import pino from 'pino';

import {
  CHANNEL,
  installationActivity,
  membersAddedActivity,
  membersRemovedActivity,
  messageActivity,
  PERSONAL_CHAT,
} from './helpers/activities.js';
import { cardOf, textOf } from './helpers/card-queries.js';
import { startTeamsFrontdesk, type TeamsFrontdesk } from './helpers/teams-harness.js';

const DIGEST = [{ kind: 'text' as const, text: 'Move-ins this week:\n• Hudson 203 Priya Nair' }];
const CHANNEL_KEY = `teams:${CHANNEL}`;
const CHAT_KEY = `teams:${PERSONAL_CHAT}`;

/** Creates a logger whose lines the test can read. */
function recordingLogger() {
  const lines: { level: number; msg: string; conversationKey?: string }[] = [];
  const logger = pino(
    { level: 'debug' },
    { write: (line: string) => lines.push(JSON.parse(line) as (typeof lines)[number]) },
  );
  return { logger, lines };
}

describe('proactive posts to stored conversations', () => {
  let directory: string;
  let harness: TeamsFrontdesk;

  beforeEach(async () => {
    directory = mkdtempSync(join(tmpdir(), 'frontdesk-teams-'));
    harness = await startTeamsFrontdesk({ dbPath: join(directory, 'frontdesk.db') });
  });

  afterEach(async () => {
    await harness.close();
    rmSync(directory, { recursive: true, force: true });
  });

  const install = () =>
    harness.post(
      installationActivity('add', {
        serviceUrl: harness.connector.serviceUrl,
        conversationId: CHANNEL,
        conversationType: 'channel',
      }),
    );

  it('reaches a channel after a restart with no message first', async () => {
    expect((await install()).status).toBe(200);
    const { identity, connector, sandbox } = harness;
    await harness.adapter.drain(1_000);
    await harness.server.close();
    await harness.runtime.close();

    const restarted = await startTeamsFrontdesk({
      dbPath: join(directory, 'frontdesk.db'),
      shared: { identity, connector, sandbox },
    });
    try {
      const result = await restarted.adapter.postProactive(CHANNEL_KEY, DIGEST);

      expect(result.status).toBe('sent');
      const [posted] = await connector.waitFor('POST', 1);
      expect(posted!.conversationId).toBe(CHANNEL);
      expect(posted!.authorized).toBe(true);
      expect(textOf(cardOf(posted!.activity))).toContain('Hudson 203 Priya Nair');
    } finally {
      await restarted.close();
      await connector.close();
      await identity.close();
      await sandbox.close();
      // The first harness's server and runtime are closed above; its close() would close them twice.
      harness = { ...harness, close: () => Promise.resolve() };
    }
  });

  it('stores the reference when the bot is added to a conversation', async () => {
    await harness.post(
      membersAddedActivity({ serviceUrl: harness.connector.serviceUrl, conversationId: CHANNEL }),
    );

    const stored = await harness.runtime.store.getConversationReference(CHANNEL_KEY);
    expect(stored).not.toBeNull();
    expect(JSON.parse(stored!.reference)).toMatchObject({
      conversation: { id: CHANNEL },
      serviceUrl: harness.connector.serviceUrl,
    });
  });

  it('stores the channel, not the thread, from a threaded message', async () => {
    const serviceUrl = harness.connector.serviceUrl;
    await harness.post(
      messageActivity('help', {
        serviceUrl,
        conversationId: `${CHANNEL};messageid=1700000000000`,
        conversationType: 'channel',
      }),
    );
    await harness.idle();

    const stored = await harness.runtime.store.getConversationReference(CHANNEL_KEY);
    expect(JSON.parse(stored!.reference)).toMatchObject({ conversation: { id: CHANNEL } });
    expect(JSON.parse(stored!.reference)).not.toHaveProperty('activityId');
  });

  it('removes the reference when the bot is removed', async () => {
    await install();
    await harness.post(
      membersRemovedActivity({ serviceUrl: harness.connector.serviceUrl, conversationId: CHANNEL }),
    );

    expect(await harness.runtime.store.getConversationReference(CHANNEL_KEY)).toBeNull();
  });

  it('removes the reference on an uninstall', async () => {
    await install();
    await harness.post(
      installationActivity('remove', {
        serviceUrl: harness.connector.serviceUrl,
        conversationId: CHANNEL,
      }),
    );

    expect(await harness.runtime.store.getConversationReference(CHANNEL_KEY)).toBeNull();
  });

  it('skips a conversation with no reference and still posts to others', async () => {
    await harness.close();
    const { logger, lines } = recordingLogger();
    harness = await startTeamsFrontdesk({ dbPath: join(directory, 'frontdesk.db'), logger });
    await install();

    const missing = await harness.adapter.postProactive(
      'teams:19:never-installed@thread.tacv2',
      DIGEST,
    );
    const present = await harness.adapter.postProactive(CHANNEL_KEY, DIGEST);

    expect(missing).toEqual({ status: 'skipped', reason: 'no_reference' });
    expect(present.status).toBe('sent');
    expect(harness.connector.calls.filter((call) => call.method === 'POST')).toHaveLength(1);
    const warning = lines.find((line) => line.msg.includes('no conversation reference'));
    expect(warning?.level).toBe(40);
    expect(warning?.conversationKey).toBe('teams:19:never-installed@thread.tacv2');
  });

  it('marks a reference stale on 403 and does not retry it', async () => {
    await install();
    harness.connector.refuseConversation(CHANNEL, 403);

    const first = await harness.adapter.postProactive(CHANNEL_KEY, DIGEST);
    const second = await harness.adapter.postProactive(CHANNEL_KEY, DIGEST);

    expect(first).toMatchObject({ status: 'failed', reason: 'refused' });
    expect(second).toEqual({ status: 'skipped', reason: 'stale' });
    expect(harness.connector.calls).toHaveLength(1);
    const stored = await harness.runtime.store.getConversationReference(CHANNEL_KEY);
    expect(stored?.staleAt).not.toBeNull();
  });

  it('marks a reference stale on 404', async () => {
    await install();
    harness.connector.refuseConversation(CHANNEL, 404);

    const result = await harness.adapter.postProactive(CHANNEL_KEY, DIGEST);

    expect(result).toMatchObject({ status: 'failed', reason: 'refused' });
    expect(
      (await harness.runtime.store.getConversationReference(CHANNEL_KEY))?.staleAt,
    ).not.toBeNull();
  });

  it('posts again after someone writes in a stale conversation', async () => {
    const serviceUrl = harness.connector.serviceUrl;
    await harness.post(messageActivity('help', { serviceUrl }));
    await harness.idle();
    await harness.runtime.store.markConversationReferenceStale(CHAT_KEY, new Date());
    await harness.post(messageActivity('help', { serviceUrl }));
    await harness.idle();

    const result = await harness.adapter.postProactive(CHAT_KEY, DIGEST);

    expect(result.status).toBe('sent');
  });

  it('backs off and retries on 429 with Retry-After', async () => {
    await install();
    harness.connector.failNext({ status: 429, retryAfterSeconds: 1 });

    const result = await harness.adapter.postProactive(CHANNEL_KEY, DIGEST);

    expect(result.status).toBe('sent');
    const posts = harness.connector.calls.filter((call) => call.method === 'POST');
    expect(posts).toHaveLength(2);
    expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(1_000);
  });

  it('retries after a 503 from the connector', async () => {
    await install();
    harness.connector.failNext({ status: 503 });

    const result = await harness.adapter.postProactive(CHANNEL_KEY, DIGEST);

    expect(result.status).toBe('sent');
    expect(harness.connector.calls.filter((call) => call.method === 'POST')).toHaveLength(2);
  });
});
