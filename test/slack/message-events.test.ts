import { afterEach, describe, expect, it } from '@jest/globals';

import type { Card } from '../../src/bot/replies.js';
import { startAdapter, type AdapterHarness } from './helpers/adapter-harness.js';
import { buttonsOf, textOf } from './helpers/card-queries.js';
import {
  blockActionPayload,
  eventBody,
  interactionBody,
  sendToSlackEndpoint,
  slashCommandBody,
} from './helpers/slack-requests.js';
import { stubFrontdesk, type StubFrontdesk } from './helpers/stub-frontdesk.js';
import { untilIdle } from './helpers/until-idle.js';

const JSON_TYPE = 'application/json';

const QUESTION: Card = {
  title: 'Which 101?',
  fields: [],
  notes: ['Pick one, or type the answer.'],
  actions: [
    { id: 'answer', label: 'Hudson 101', style: 'default', value: 'question-1:0' },
    { id: 'answer', label: 'Riverside 101', style: 'default', value: 'question-1:1' },
  ],
  fallbackText: 'Which 101? 1. Hudson 101 2. Riverside 101',
  tone: 'info',
};

describe('messages, mentions and commands', () => {
  let harness: AdapterHarness;
  let frontdesk: StubFrontdesk;

  afterEach(async () => {
    await harness.close();
  });

  async function start(reply: 'text' | 'question' | 'card') {
    frontdesk = stubFrontdesk({
      onMessage: () =>
        Promise.resolve(
          reply === 'text'
            ? [{ kind: 'text', text: 'Sites: Hudson Yards' }]
            : reply === 'question'
              ? [{ kind: 'card', card: QUESTION }]
              : undefined!,
        ),
      onAction: () => Promise.resolve({ update: null, replies: [] }),
    });
    if (reply === 'card') frontdesk = stubFrontdesk({});
    harness = await startAdapter({ frontdesk });
  }

  it('answers a mention privately in its thread, without the mention', async () => {
    await start('text');
    const mention = eventBody({
      eventId: 'EvMsg1',
      event: {
        type: 'app_mention',
        user: 'UFAKEMARIA',
        text: '<@UFAKEBOT01> sites?',
        ts: '1764860400.000100',
        channel: 'CFAKE0001',
      },
    });

    await sendToSlackEndpoint(harness.baseUrl, mention, JSON_TYPE);
    const [reply] = await harness.slack.waitFor('chat.postEphemeral');

    expect(frontdesk.messages[0]!.text).toBe('sites?');
    expect(frontdesk.messages[0]!.conversation).toEqual({
      platform: 'slack',
      channelId: 'CFAKE0001',
    });
    expect(reply!.body.user).toBe('UFAKEMARIA');
    expect(reply!.body.thread_ts).toBe('1764860400.000100');
    expect(harness.slack.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('posts proposal cards from a mention into its thread', async () => {
    await start('card');
    const mention = eventBody({
      eventId: 'EvMsg2',
      event: {
        type: 'app_mention',
        user: 'UFAKEMARIA',
        text: '<@UFAKEBOT01> move in Jane Doe to Hudson 102 on March 1',
        ts: '1764860400.000200',
        thread_ts: '1764860300.000100',
        channel: 'CFAKE0001',
      },
    });

    await sendToSlackEndpoint(harness.baseUrl, mention, JSON_TYPE);
    const [card] = await harness.slack.waitFor('chat.postMessage');

    expect(card!.body.thread_ts).toBe('1764860300.000100');
    expect(buttonsOf(card!)).toHaveLength(3);
  });

  it('replies to a direct message in the open', async () => {
    await start('text');
    const message = eventBody({
      eventId: 'EvMsg3',
      event: {
        type: 'message',
        channel_type: 'im',
        user: 'UFAKEMARIA',
        text: 'sites?',
        ts: '1764860400.000300',
        channel: 'DFAKE0001',
      },
    });

    await sendToSlackEndpoint(harness.baseUrl, message, JSON_TYPE);
    const [reply] = await harness.slack.waitFor('chat.postMessage');

    expect(reply!.body.channel).toBe('DFAKE0001');
    expect(textOf(reply!)).toContain('Sites: Hudson Yards');
  });

  it('ignores bot posts and message edits', async () => {
    await start('text');
    const events = [
      {
        type: 'message',
        channel_type: 'im',
        bot_id: 'BOTHER',
        text: 'hi',
        ts: '1.1',
        channel: 'D1',
      },
      {
        type: 'message',
        channel_type: 'im',
        subtype: 'message_changed',
        user: 'UFAKEMARIA',
        ts: '1.2',
        channel: 'D1',
      },
      {
        type: 'message',
        channel_type: 'im',
        user: 'UFAKEBOT01',
        text: 'own',
        ts: '1.3',
        channel: 'D1',
      },
    ];

    for (const [index, event] of events.entries()) {
      await sendToSlackEndpoint(
        harness.baseUrl,
        eventBody({ eventId: `EvIgn${index}`, event }),
        JSON_TYPE,
      );
    }
    await untilIdle(harness.adapter);

    expect(frontdesk.messages).toHaveLength(0);
  });

  it('hands the core plain text, not Slack markup', async () => {
    await start('text');
    const message = eventBody({
      eventId: 'EvMsg4',
      event: {
        type: 'message',
        channel_type: 'im',
        user: 'UFAKEMARIA',
        text: 'move in Ana &amp; Bo <mailto:ana@example.com|ana@example.com> <tel:5550100142|555-010-0142> to Hudson 102',
        ts: '1764860400.000400',
        channel: 'DFAKE0001',
      },
    });

    await sendToSlackEndpoint(harness.baseUrl, message, JSON_TYPE);
    await harness.slack.waitFor('chat.postMessage');

    expect(frontdesk.messages[0]!.text).toBe(
      'move in Ana & Bo ana@example.com 555-010-0142 to Hudson 102',
    );
  });

  it("reads a command's text without Slack markup", async () => {
    await start('text');
    const body = slashCommandBody({
      text: 'find &lt;Jane&gt; <mailto:jane@example.com|jane@example.com>',
      responseUrl: harness.slack.responseUrl('cmd-markup'),
    });

    await sendToSlackEndpoint(harness.baseUrl, body, 'application/x-www-form-urlencoded');
    await harness.slack.waitFor('response_url');

    expect(frontdesk.messages[0]!.text).toBe('find <Jane> jane@example.com');
  });

  it('answers a command privately through its response_url', async () => {
    await start('text');
    const body = slashCommandBody({
      text: 'sites?',
      responseUrl: harness.slack.responseUrl('cmd'),
    });

    await sendToSlackEndpoint(harness.baseUrl, body, 'application/x-www-form-urlencoded');
    const [reply] = await harness.slack.waitFor('response_url');

    expect(reply!.body.response_type).toBe('ephemeral');
    expect(textOf(reply!)).toContain('Sites: Hudson Yards');
  });

  it('treats an empty command as help', async () => {
    await start('text');
    const body = slashCommandBody({ text: '  ', responseUrl: harness.slack.responseUrl('cmd') });

    await sendToSlackEndpoint(harness.baseUrl, body, 'application/x-www-form-urlencoded');
    await untilIdle(harness.adapter);

    expect(frontdesk.messages[0]!.text).toBe('help');
  });

  it('shows a question as buttons and removes them once answered', async () => {
    await start('question');
    const body = slashCommandBody({
      text: 'move in Ana to 101',
      responseUrl: harness.slack.responseUrl('cmd'),
    });
    await sendToSlackEndpoint(harness.baseUrl, body, 'application/x-www-form-urlencoded');
    const [question] = await harness.slack.waitFor('response_url');
    const second = buttonsOf(question!)[1]!;

    const click = blockActionPayload({
      actionId: second.actionId,
      value: second.value,
      label: second.label,
      userId: 'UFAKEMARIA',
      messageTs: '1764860400.000400',
      ephemeral: true,
      blocks: question!.body.blocks as unknown[],
      responseUrl: harness.slack.responseUrl('answer'),
    });
    await sendToSlackEndpoint(
      harness.baseUrl,
      interactionBody(click),
      'application/x-www-form-urlencoded',
    );
    await untilIdle(harness.adapter);

    expect(second.label).toBe('Riverside 101');
    expect(frontdesk.actions).toEqual([
      {
        actor: { id: 'UFAKEMARIA', displayName: '<@UFAKEMARIA>' },
        conversation: { platform: 'slack', channelId: 'CFAKE0001' },
        actionId: 'answer',
        value: 'question-1:1',
        onWorking: expect.any(Function),
      },
    ]);
    const replaced = harness.slack
      .callsTo('response_url')
      .find((call) => call.body.url === '/response/answer')!;
    expect(replaced.body.replace_original).toBe(true);
    expect(buttonsOf(replaced)).toEqual([]);
    expect(textOf(replaced)).toContain('<@UFAKEMARIA> picked Riverside 101');
    expect(harness.slack.callsTo('chat.update')).toHaveLength(0);
  });
});
