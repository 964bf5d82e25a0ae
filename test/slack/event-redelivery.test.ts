import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { openSqliteStore } from '../../src/store/open-sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { startAdapter, type AdapterHarness } from './helpers/adapter-harness.js';
import { buttonsOf, messageTs } from './helpers/card-queries.js';
import { startFakeSlackApi, type FakeSlackApi } from './helpers/fake-slack-api.js';
import { startSlackFrontdesk, type SlackFrontdesk } from './helpers/frontdesk-harness.js';
import {
  blockActionPayload,
  eventBody,
  interactionBody,
  sendToSlackEndpoint,
} from './helpers/slack-requests.js';
import { stubFrontdesk } from './helpers/stub-frontdesk.js';
import { untilIdle } from './helpers/until-idle.js';

const JSON_TYPE = 'application/json';

function mention(
  eventId: string,
  text = '<@UFAKEBOT01> move in Jane Doe to Hudson 102 on March 1',
) {
  return eventBody({
    eventId,
    event: {
      type: 'app_mention',
      user: 'UFAKEMARIA',
      text,
      ts: '1764860400.000100',
      channel: 'CFAKE0001',
      event_ts: '1764860400.000100',
    },
  });
}

describe('event redelivery', () => {
  let harness: SlackFrontdesk;

  beforeEach(async () => {
    harness = await startSlackFrontdesk();
  });

  afterEach(async () => {
    await harness.close();
  });

  it('posts one card when an event arrives again as a retry', async () => {
    const first = await sendToSlackEndpoint(harness.baseUrl, mention('Ev0001'), JSON_TYPE);
    await harness.slack.waitFor('chat.postMessage');
    const retry = await sendToSlackEndpoint(harness.baseUrl, mention('Ev0001'), JSON_TYPE, {
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    });
    await harness.adapter.stop(15_000);

    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    const cards = harness.slack.callsTo('chat.postMessage');
    expect(cards).toHaveLength(1);
    expect(cards[0]!.body.thread_ts).toBe('1764860400.000100');
  });

  it('schedules once after a retried event and its Confirm', async () => {
    await sendToSlackEndpoint(harness.baseUrl, mention('Ev0002'), JSON_TYPE);
    const [card] = await harness.slack.waitFor('chat.postMessage');
    await sendToSlackEndpoint(harness.baseUrl, mention('Ev0002'), JSON_TYPE, {
      headers: { 'x-slack-retry-num': '1' },
    });
    const confirm = buttonsOf(card!)[0]!;
    const click = blockActionPayload({
      actionId: confirm.actionId,
      value: confirm.value,
      messageTs: messageTs(card!),
      responseUrl: harness.slack.responseUrl('click'),
    });
    await sendToSlackEndpoint(
      harness.baseUrl,
      interactionBody(click),
      'application/x-www-form-urlencoded',
    );
    await harness.slack.waitFor('chat.update', 2);
    await harness.adapter.stop(15_000);

    expect(harness.slack.callsTo('chat.postMessage')).toHaveLength(1);
    expect(harness.sandbox.requests.count('addResident')).toBe(1);
  });

  it('handles an unseen event that arrives only as a retry', async () => {
    const retry = await sendToSlackEndpoint(harness.baseUrl, mention('Ev0003'), JSON_TYPE, {
      headers: { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_error' },
    });
    await harness.slack.waitFor('chat.postMessage');
    await harness.adapter.stop(15_000);

    expect(retry.status).toBe(200);
    expect(harness.slack.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('runs a retry again when the first delivery failed', async () => {
    // The first attempt builds the card but Slack rejects the post; the claim is released.
    harness.slack.failWith('chat.postMessage', 1, 'internal_error');
    await sendToSlackEndpoint(harness.baseUrl, mention('Ev0004'), JSON_TYPE);
    await harness.slack.waitFor('chat.postMessage');
    await untilIdle(harness.adapter);
    const retry = await sendToSlackEndpoint(harness.baseUrl, mention('Ev0004'), JSON_TYPE, {
      headers: { 'x-slack-retry-num': '1' },
    });
    const posts = await harness.slack.waitFor('chat.postMessage', 2);

    expect(retry.status).toBe(200);
    expect(posts[1]!.response?.ok).toBe(true);
    const confirm = buttonsOf(posts[1]!)[0]!;
    expect(confirm.label).toBe('Confirm');

    const click = blockActionPayload({
      actionId: confirm.actionId,
      value: confirm.value,
      messageTs: messageTs(posts[1]!),
      responseUrl: harness.slack.responseUrl('click'),
    });
    await sendToSlackEndpoint(
      harness.baseUrl,
      interactionBody(click),
      'application/x-www-form-urlencoded',
    );
    await harness.slack.waitFor('chat.update', 2);
    await untilIdle(harness.adapter);

    expect(harness.sandbox.requests.count('addResident')).toBe(1);
  });
});

describe('event redelivery across replicas', () => {
  let directory: string;
  let stores: Store[];
  let replicas: AdapterHarness[];
  let slack: FakeSlackApi;

  beforeEach(async () => {
    directory = mkdtempSync(join(tmpdir(), 'frontdesk-replicas-'));
    slack = await startFakeSlackApi();
    stores = [
      await openSqliteStore(join(directory, 'frontdesk.db')),
      await openSqliteStore(join(directory, 'frontdesk.db')),
    ];
    replicas = [];
    for (const store of stores) {
      replicas.push(await startAdapter({ frontdesk: stubFrontdesk({}), store, slack }));
    }
  });

  afterEach(async () => {
    for (const replica of replicas) await replica.adapter.stop(5_000);
    for (const store of stores) await store.close();
    await slack.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('lets one of two replicas handle the same event', async () => {
    const body = mention('Ev0005', '<@UFAKEBOT01> help');

    const responses = await Promise.all(
      replicas.map((replica) => sendToSlackEndpoint(replica.baseUrl, body, JSON_TYPE)),
    );
    for (const replica of replicas) await replica.adapter.stop(5_000);

    expect(responses.map((response) => response.status)).toEqual([200, 200]);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
  });
});
