import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { SANDBOX_SITES } from '../../src/sandbox/index.js';
import { cardActionActivity, messageActivity } from '../teams/helpers/activities.js';
import { actionNamed, cardOf, textOf, type CardJson } from '../teams/helpers/card-queries.js';
import type { ConnectorCall } from '../teams/helpers/fake-connector.js';
import { startTeamsFrontdesk, type TeamsFrontdesk } from '../teams/helpers/teams-harness.js';
import { createFaultTally } from './fault-tally.js';

const EMAIL = 'jane.teams@example.com';
const MOVE_IN = `move in Jane Teams ${EMAIL} to Hudson 102 on March 1`;

const tally = createFaultTally('teams-faults');

afterAll(() => {
  process.stdout.write(`${tally.summary()}\n`);
});

describe('Teams faults', () => {
  let harness: TeamsFrontdesk;

  beforeEach(async () => {
    harness = await startTeamsFrontdesk();
  });

  afterEach(async () => {
    await harness.close();
  });

  const serviceUrl = () => harness.connector.serviceUrl;

  /** Index of the next connector call, which a failure set now will refuse. */
  let refusedIndex = -1;

  function failNextCall(status: number) {
    refusedIndex = harness.connector.calls.length;
    harness.connector.failNext({ status, retryAfterSeconds: 1 });
  }

  /** Connector calls of `method` that it accepted, counting any beyond one as duplicates. */
  function acceptedOnce(method: 'POST' | 'PUT', matching: (call: ConnectorCall) => boolean) {
    const calls = harness.connector.calls.filter(
      (call, index) => index !== refusedIndex && call.method === method && matching(call),
    );
    tally.duplicates(Math.max(0, calls.length - 1));
    return calls;
  }

  function residentsOnce(): number {
    const count = harness.sandbox.state
      .residentsOf(SANDBOX_SITES.hudsonYards)
      .filter((resident) => resident.email === EMAIL).length;
    tally.duplicates(Math.max(0, count - 1));
    return count;
  }

  const shows = (text: string) => (call: ConnectorCall) =>
    JSON.stringify(call.activity).includes(text);

  async function postCard(): Promise<{ card: CardJson; messageId: string }> {
    await harness.post(messageActivity(MOVE_IN, { serviceUrl: serviceUrl() }));
    await harness.idle();
    const posts = harness.connector.calls.filter((call) => call.method === 'POST');
    const last = posts.at(-1)!;
    return { card: cardOf(last.activity), messageId: `msg-${posts.length}` };
  }

  function clickActivity(card: CardJson, title: string, messageId: string) {
    const action = actionNamed(card, title);
    return cardActionActivity(action.verb, action.data, messageId, { serviceUrl: serviceUrl() });
  }

  it.each([429, 502])('posts the card once after a %i from the connector', async (status) => {
    failNextCall(status);
    tally.inject(`Teams ${status} on post`);

    const { card, messageId } = await postCard();

    expect(harness.connector.calls.filter((call) => call.method === 'POST')).toHaveLength(2);
    expect(acceptedOnce('POST', shows('Confirm'))).toHaveLength(1);
    expect(textOf(card)).toContain('Hudson 102');
    const confirmed = await harness.post(clickActivity(card, 'Confirm', messageId));
    await harness.idle();
    expect(textOf(cardOf(confirmed.body))).toContain('Confirmed by Maria Lopez');
    expect(harness.sandbox.requests.count('addResident')).toBe(1);
    expect(residentsOnce()).toBe(1);
  });

  it.each([429, 502])('updates the card once after a %i on the update', async (status) => {
    const { card, messageId } = await postCard();
    failNextCall(status);
    tally.inject(`Teams ${status} on update`);

    const confirmed = await harness.post(clickActivity(card, 'Confirm', messageId));
    await harness.idle();

    expect(confirmed.status).toBe(200);
    expect(textOf(cardOf(confirmed.body))).toContain('Confirmed by Maria Lopez');
    expect(harness.connector.calls[refusedIndex]?.method).toBe('PUT');
    expect(acceptedOnce('PUT', shows('Confirmed by Maria Lopez'))).toHaveLength(1);
    expect(harness.sandbox.requests.count('addResident')).toBe(1);
    expect(residentsOnce()).toBe(1);
  });

  it('writes once for a repeated click', async () => {
    const { card, messageId } = await postCard();
    const click = clickActivity(card, 'Confirm', messageId);
    tally.inject('Teams duplicate activity');

    const first = await harness.post(click);
    const second = await harness.post(click);
    await harness.idle();

    expect(textOf(cardOf(first.body))).toContain('Confirmed by Maria Lopez');
    expect(textOf(cardOf(second.body))).toContain('Confirmed by Maria Lopez');
    expect(harness.sandbox.requests.count('addResident')).toBe(1);
    expect(residentsOnce()).toBe(1);
  });

  it('posts one card for a repeated message', async () => {
    const message = messageActivity(MOVE_IN, { serviceUrl: serviceUrl() });
    tally.inject('Teams duplicate activity');

    await harness.post(message);
    await harness.post(message);
    await harness.idle();

    const cards = harness.connector.calls.filter(
      (call) => call.method === 'POST' && shows('Confirm')(call),
    );
    tally.duplicates(Math.max(0, cards.length - 1));
    expect(cards).toHaveLength(1);
  });

  it('refuses a Confirm after Cancel without writing', async () => {
    const { card, messageId } = await postCard();
    await harness.post(clickActivity(card, 'Cancel', messageId));
    tally.inject('Teams click after Cancel');

    const late = await harness.post(clickActivity(card, 'Confirm', messageId));
    await harness.idle();

    expect(late.status).toBe(200);
    expect(textOf(cardOf(late.body))).toContain(
      'Cancelled by Maria Lopez at 10:00 AM. Nothing was sent to ElevenOS.',
    );
    expect(harness.sandbox.requests.count('addResident')).toBe(0);
  });
});
