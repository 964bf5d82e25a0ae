import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { buttonsOf, messageTs, textOf } from '../slack/helpers/card-queries.js';
import type { RecordedCall } from '../slack/helpers/fake-slack-api.js';
import { startSlackFrontdesk, type SlackFrontdesk } from '../slack/helpers/frontdesk-harness.js';
import {
  blockActionPayload,
  eventBody,
  interactionBody,
  sendToSlackEndpoint,
} from '../slack/helpers/slack-requests.js';
import { untilIdle } from '../slack/helpers/until-idle.js';
import { createFaultTally } from './fault-tally.js';

const JSON_TYPE = 'application/json';
const FORM_TYPE = 'application/x-www-form-urlencoded';
const EMAIL = 'jane.slack@example.com';
const MOVE_IN = `<@UFAKEBOT01> move in Jane Slack ${EMAIL} to Hudson 102 on March 1`;

const tally = createFaultTally('slack-faults');

afterAll(() => {
  process.stdout.write(`${tally.summary()}\n`);
});

function mention(eventId: string, text = MOVE_IN): string {
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

describe('Slack faults', () => {
  let harness: SlackFrontdesk;

  beforeEach(async () => {
    harness = await startSlackFrontdesk();
  });

  afterEach(async () => {
    await harness.close();
  });

  /** Residents with the test's email in the sandbox; counts any beyond one as duplicates. */
  function residentsOnce(): number {
    const count = harness.sandbox.state
      .residentsOf('site-hudson-yards')
      .filter((resident) => resident.email === EMAIL).length;
    tally.duplicates(Math.max(0, count - 1));
    return count;
  }

  /** Calls of `method` that Slack accepted, counting any beyond `expected` as duplicates. */
  function accepted(method: string, matching: (call: RecordedCall) => boolean, expected = 1) {
    const calls = harness.slack
      .callsTo(method)
      .filter((call) => call.response?.ok === true && matching(call));
    tally.duplicates(Math.max(0, calls.length - expected));
    return calls;
  }

  async function postCard(eventId: string): Promise<RecordedCall> {
    await sendToSlackEndpoint(harness.baseUrl, mention(eventId), JSON_TYPE);
    await untilIdle(harness.adapter);
    const cards = accepted('chat.postMessage', (call) => buttonsOf(call).length > 0);
    expect(cards).toHaveLength(1);
    return cards[0]!;
  }

  async function click(
    card: RecordedCall,
    label: string,
    options: { userId?: string; actionTs?: string; responseUrl?: string } = {},
  ) {
    const button = buttonsOf(card).find((each) => each.label === label)!;
    const payload = blockActionPayload({
      actionId: button.actionId,
      value: button.value,
      messageTs: messageTs(card),
      responseUrl: options.responseUrl ?? harness.slack.responseUrl('click'),
      label,
      ...(options.userId === undefined ? {} : { userId: options.userId }),
      ...(options.actionTs === undefined ? {} : { actionTs: options.actionTs }),
    });
    const response = await sendToSlackEndpoint(
      harness.baseUrl,
      interactionBody(payload),
      FORM_TYPE,
    );
    expect(response.status).toBe(200);
    await untilIdle(harness.adapter);
  }

  const scheduled = (call: RecordedCall) => textOf(call).includes('Scheduled: Jane Slack');

  it('posts the card once after a 429 on chat.postMessage', async () => {
    harness.slack.rateLimit('chat.postMessage', 1, 1);
    tally.inject('Slack 429 chat.postMessage');

    const card = await postCard('EvFault01');

    expect(harness.slack.callsTo('chat.postMessage')).toHaveLength(2);
    await click(card, 'Confirm');
    expect(accepted('chat.update', scheduled)).toHaveLength(1);
    expect(harness.sandbox.requests.count('addResident')).toBe(1);
    expect(residentsOnce()).toBe(1);
  });

  it('updates the card once after a 429 on chat.update', async () => {
    const card = await postCard('EvFault02');
    harness.slack.rateLimit('chat.update', 1, 1);
    tally.inject('Slack 429 chat.update');

    await click(card, 'Confirm');

    const updates = harness.slack.callsTo('chat.update');
    expect(updates.filter((call) => call.response === null)).toHaveLength(1);
    expect(accepted('chat.update', scheduled)).toHaveLength(1);
    expect(harness.sandbox.requests.count('addResident')).toBe(1);
    expect(residentsOnce()).toBe(1);
  });

  it('answers a late click once after response_url 429', async () => {
    const card = await postCard('EvFault03');
    await click(card, 'Confirm');
    harness.slack.rateLimit('response_url', 1, 1);
    tally.inject('Slack 429 response_url');

    await click(card, 'Confirm', { actionTs: '1764860500.000200' });

    const posts = harness.slack.callsTo('response_url');
    expect(posts).toHaveLength(2);
    expect(JSON.stringify(posts[1]!.body)).toContain('Already confirmed by <@UFAKESAM01>');
    expect(harness.sandbox.requests.count('addResident')).toBe(1);
    expect(residentsOnce()).toBe(1);
  });

  it('confirms once when the response_url has expired', async () => {
    harness.slack.serve('/response/expired', () => ({ status: 404, body: 'expired_url' }));
    const card = await postCard('EvFault04');
    tally.inject('Slack response_url 404');

    await click(card, 'Confirm', { responseUrl: `${harness.slack.baseUrl}/response/expired` });

    expect(accepted('chat.update', scheduled)).toHaveLength(1);
    expect(harness.sandbox.requests.count('addResident')).toBe(1);
    expect(residentsOnce()).toBe(1);
  });

  it('tells a refused clicker ephemerally on a broken response_url', async () => {
    await harness.close();
    harness = await startSlackFrontdesk({ config: { approvers: ['UFAKEMARIA'] } });
    harness.slack.serve('/response/broken', () => ({ status: 500, body: 'internal_error' }));
    const card = await postCard('EvFault05');
    tally.inject('Slack response_url 500');

    await click(card, 'Confirm', { responseUrl: `${harness.slack.baseUrl}/response/broken` });

    expect(harness.slack.callsTo('raw:/response/broken')).toHaveLength(1);
    const notices = accepted('chat.postEphemeral', (call) => call.body.user === 'UFAKESAM01');
    expect(notices).toHaveLength(1);
    expect(textOf(notices[0]!)).toContain('Only <@UFAKEMARIA> can confirm changes');
    expect(harness.sandbox.requests.count('addResident')).toBe(0);
    await click(card, 'Confirm', { userId: 'UFAKEMARIA' });
    expect(accepted('chat.update', scheduled)).toHaveLength(1);
    expect(residentsOnce()).toBe(1);
  });

  it('writes once for a redelivered click', async () => {
    const card = await postCard('EvFault06');
    tally.inject('Slack duplicate click');

    await click(card, 'Confirm', { actionTs: '1764860600.000300' });
    await click(card, 'Confirm', { actionTs: '1764860600.000300' });

    expect(accepted('chat.update', scheduled)).toHaveLength(1);
    expect(harness.slack.callsTo('response_url')).toHaveLength(0);
    expect(harness.sandbox.requests.count('addResident')).toBe(1);
    expect(residentsOnce()).toBe(1);
  });

  it('posts one card for a redelivered event', async () => {
    tally.inject('Slack duplicate event');
    await sendToSlackEndpoint(harness.baseUrl, mention('EvFault07'), JSON_TYPE);
    await untilIdle(harness.adapter);
    await sendToSlackEndpoint(harness.baseUrl, mention('EvFault07'), JSON_TYPE, {
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    });
    await untilIdle(harness.adapter);

    expect(accepted('chat.postMessage', (call) => buttonsOf(call).length > 0)).toHaveLength(1);
  });

  it('refuses a click after Cancel without writing', async () => {
    const card = await postCard('EvFault08');
    await click(card, 'Cancel');
    tally.inject('Slack click after Cancel');

    await click(card, 'Confirm', { actionTs: '1764860700.000400' });

    const late = harness.slack.callsTo('response_url');
    expect(late).toHaveLength(1);
    expect(JSON.stringify(late[0]!.body)).toContain('Already cancelled by <@UFAKESAM01>');
    expect(harness.sandbox.requests.count('addResident')).toBe(0);
  });

  it('asks for the message again after a unit list 500', async () => {
    // Four failures use up the read's retries, so the lookup itself fails.
    harness.sandbox.faults.failNext(4, { status: 500 });
    tally.inject('ElevenOS 500', 4);

    await sendToSlackEndpoint(harness.baseUrl, mention('EvFault09'), JSON_TYPE);
    await untilIdle(harness.adapter);

    const notices = accepted('chat.postEphemeral', (call) => call.body.user === 'UFAKEMARIA');
    expect(notices).toHaveLength(1);
    expect(textOf(notices[0]!)).toContain('Could not look that up: ElevenOS had a problem');
    expect(textOf(notices[0]!)).toContain('Send the same message again');

    // Slack's own retry of that event is a duplicate; the user's new message is a new event.
    await sendToSlackEndpoint(harness.baseUrl, mention('EvFault09'), JSON_TYPE, {
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    });
    await untilIdle(harness.adapter);
    expect(harness.slack.callsTo('chat.postEphemeral')).toHaveLength(1);
    expect(harness.slack.callsTo('chat.postMessage')).toHaveLength(0);

    const card = await postCard('EvFault10');
    await click(card, 'Confirm');
    expect(accepted('chat.update', scheduled)).toHaveLength(1);
    expect(harness.sandbox.requests.count('addResident')).toBe(1);
    expect(residentsOnce()).toBe(1);
  });
});
