import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { SANDBOX_SITES, SANDBOX_TEAM_ID } from '../../src/sandbox/index.js';
import { buttonsOf, messageTs, textOf } from './helpers/card-queries.js';
import { startSlackFrontdesk, type SlackFrontdesk } from './helpers/frontdesk-harness.js';
import {
  blockActionPayload,
  interactionBody,
  sendToSlackEndpoint,
  slashCommandBody,
} from './helpers/slack-requests.js';

const FORM = 'application/x-www-form-urlencoded';
const MOVE_IN = 'move in Jane Doe to Hudson 102 on March 1';

async function postMoveInCard(harness: SlackFrontdesk) {
  const body = slashCommandBody({ text: MOVE_IN, responseUrl: harness.slack.responseUrl('cmd') });
  const response = await sendToSlackEndpoint(harness.baseUrl, body, FORM);
  const [card] = await harness.slack.waitFor('chat.postMessage', 1, 10_000);
  return { response, card: card! };
}

async function residentsNamedJane(harness: SlackFrontdesk) {
  const residents = await harness.runtime.client.listResidents(
    SANDBOX_TEAM_ID,
    SANDBOX_SITES.hudsonYards,
  );
  return residents.filter(
    (resident) => resident.firstName === 'Jane' && resident.lastName === 'Doe',
  );
}

describe('slash command to scheduled move-in', () => {
  let harness: SlackFrontdesk;

  beforeEach(async () => {
    harness = await startSlackFrontdesk();
  });

  afterEach(async () => {
    await harness.close();
  });

  it('acks within 2.5 s while the mapping lookup takes 5 s', async () => {
    harness.sandbox.faults.configure({ routeLatencyMs: { getMappings: 5_000 } });
    const sentAt = Date.now();

    const { response, card } = await postMoveInCard(harness);

    expect(response.status).toBe(200);
    expect(response.elapsedMs).toBeLessThan(2_500);
    expect(card.at - sentAt).toBeGreaterThanOrEqual(5_000);
    expect(card.at - sentAt).toBeLessThan(10_000);
  }, 20_000);

  it('posts a card with Confirm, Edit and Cancel', async () => {
    const { card } = await postMoveInCard(harness);

    expect(buttonsOf(card).map((button) => button.label)).toEqual(['Confirm', 'Edit', 'Cancel']);
    expect(textOf(card)).toContain('Hudson 102');
    expect(textOf(card)).toContain('Mon, Mar 1, 2027');
    expect(textOf(card)).toContain('11:00 UTC');
    expect(card.body.channel).toBe('CFAKE0001');
  });

  it('schedules the resident on Confirm and shows the outcome', async () => {
    const { card } = await postMoveInCard(harness);
    const confirm = buttonsOf(card)[0]!;

    const click = blockActionPayload({
      actionId: confirm.actionId,
      value: confirm.value,
      messageTs: messageTs(card),
      blocks: card.body.blocks as unknown[],
      responseUrl: harness.slack.responseUrl('click'),
    });
    const response = await sendToSlackEndpoint(harness.baseUrl, interactionBody(click), FORM);
    const updates = await harness.slack.waitFor('chat.update', 2);

    expect(response.status).toBe(200);
    expect(textOf(updates[0]!)).toContain('Working');
    expect(buttonsOf(updates[0]!)).toEqual([]);
    expect(textOf(updates[1]!)).toContain('Scheduled');
    expect(textOf(updates[1]!)).toContain('Confirmed by <@UFAKESAM01>');
    expect(buttonsOf(updates[1]!).map((button) => button.label)).toEqual(['Undo']);
    expect(await residentsNamedJane(harness)).toHaveLength(1);
  });

  it('acks Confirm within 2.5 s while ElevenOS takes 8 s', async () => {
    const { card } = await postMoveInCard(harness);
    harness.sandbox.faults.configure({ routeLatencyMs: { addResident: 8_000 } });
    const confirm = buttonsOf(card)[0]!;

    const click = blockActionPayload({
      actionId: confirm.actionId,
      value: confirm.value,
      messageTs: messageTs(card),
      responseUrl: harness.slack.responseUrl('click'),
    });
    const response = await sendToSlackEndpoint(harness.baseUrl, interactionBody(click), FORM);
    const updates = await harness.slack.waitFor('chat.update', 2, 15_000);

    expect(response.status).toBe(200);
    expect(response.elapsedMs).toBeLessThan(2_500);
    expect(textOf(updates[1]!)).toContain('Scheduled');
  }, 25_000);

  it('makes one API call when the same click arrives twice', async () => {
    const { card } = await postMoveInCard(harness);
    const confirm = buttonsOf(card)[0]!;
    const click = interactionBody(
      blockActionPayload({
        actionId: confirm.actionId,
        value: confirm.value,
        messageTs: messageTs(card),
        responseUrl: harness.slack.responseUrl('click'),
        actionTs: '1764860400.000100',
      }),
    );

    const first = await sendToSlackEndpoint(harness.baseUrl, click, FORM);
    const again = await sendToSlackEndpoint(harness.baseUrl, click, FORM, {
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    });
    await harness.slack.waitFor('chat.update', 2);
    await harness.adapter.stop(15_000);

    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(harness.sandbox.requests.count('addResident')).toBe(1);
    expect(harness.slack.callsTo('chat.update')).toHaveLength(2);
  });

  it('tells a second clicker it is already confirmed', async () => {
    const { card } = await postMoveInCard(harness);
    const confirm = buttonsOf(card)[0]!;
    const clickBy = (userId: string, actionTs: string, name: string) =>
      interactionBody(
        blockActionPayload({
          actionId: confirm.actionId,
          value: confirm.value,
          userId,
          messageTs: messageTs(card),
          responseUrl: harness.slack.responseUrl(name),
          actionTs,
        }),
      );

    await sendToSlackEndpoint(
      harness.baseUrl,
      clickBy('UFAKESAM01', '1764860400.000100', 'sam'),
      FORM,
    );
    await harness.slack.waitFor('chat.update', 2);
    await sendToSlackEndpoint(
      harness.baseUrl,
      clickBy('UFAKELEE01', '1764860401.000200', 'lee'),
      FORM,
    );
    const posts = await harness.slack.waitFor('response_url', 1);

    expect(harness.sandbox.requests.count('addResident')).toBe(1);
    const late = posts.find(
      (call) => call.body.url === '/response/lee' && call.body.response_type === 'ephemeral',
    );
    expect(late).toBeDefined();
    expect(textOf(late!)).toContain('Already confirmed by <@UFAKESAM01>');
  });
});
