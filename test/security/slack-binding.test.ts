import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { SANDBOX_SITES } from '../../src/sandbox/index.js';
import { buttonsOf, messageTs, textOf } from '../slack/helpers/card-queries.js';
import type { RecordedCall } from '../slack/helpers/fake-slack-api.js';
import { startSlackFrontdesk, type SlackFrontdesk } from '../slack/helpers/frontdesk-harness.js';
import {
  blockActionPayload,
  interactionBody,
  sendToSlackEndpoint,
  slashCommandBody,
} from '../slack/helpers/slack-requests.js';
import { untilIdle } from '../slack/helpers/until-idle.js';

const FORM = 'application/x-www-form-urlencoded';
const BOSS = 'UFAKEBOSS1';
const CLERK = 'UFAKESAM01';
const CHANNEL = 'CFAKE0001';

describe('channel binding through Slack', () => {
  let harness: SlackFrontdesk;
  let commands: number;

  beforeEach(async () => {
    commands = 0;
    harness = await startSlackFrontdesk({ config: { approvers: [BOSS] } });
  });

  afterEach(async () => {
    await harness.close();
  });

  /** Runs a slash command and returns the text of its reply through response_url. */
  async function command(text: string, userId: string): Promise<string> {
    commands += 1;
    const before = harness.slack.callsTo('response_url').length;
    const body = slashCommandBody({
      text,
      userId,
      channelId: CHANNEL,
      responseUrl: harness.slack.responseUrl(`cmd-${commands}`),
    });
    await sendToSlackEndpoint(harness.baseUrl, body, FORM);
    await untilIdle(harness.adapter);
    return harness.slack.callsTo('response_url').slice(before).map(textOf).join(' ');
  }

  it('lets only an approver bind the channel', async () => {
    const rejected = await command('bind this channel to Hudson Yards', CLERK);

    expect(rejected).toContain('Only <@UFAKEBOSS1> can bind or unbind this channel');
    expect(await harness.runtime.store.getChannelBinding(`slack:${CHANNEL}`)).toBeNull();

    const bound = await command('bind this channel to Hudson Yards', BOSS);

    expect(bound).toContain('This channel is now bound to Hudson Yards');
    expect(await harness.runtime.store.getChannelBinding(`slack:${CHANNEL}`)).toMatchObject({
      siteId: SANDBOX_SITES.hudsonYards,
      boundBy: `<@${BOSS}>`,
    });
    expect(await command('unbind this channel', CLERK)).toContain('Only <@UFAKEBOSS1> can');
  });

  it('rejects a click on a card of another site posted before the binding', async () => {
    await command('move in Jane Doe to 201 at Sunset Terrace on March 1', CLERK);
    const [card] = (await harness.slack.waitFor('chat.postMessage')) as [RecordedCall];
    await command('bind this channel to Hudson Yards', BOSS);
    const confirm = buttonsOf(card)[0]!;

    const click = blockActionPayload({
      actionId: confirm.actionId,
      value: confirm.value,
      userId: BOSS,
      channelId: CHANNEL,
      messageTs: messageTs(card),
      responseUrl: harness.slack.responseUrl('click'),
    });
    const before = harness.slack.callsTo('response_url').length;
    await sendToSlackEndpoint(harness.baseUrl, interactionBody(click), FORM);
    await untilIdle(harness.adapter);

    const replies = harness.slack.callsTo('response_url').slice(before);
    expect(replies.map(textOf).join(' ')).toContain(
      'This card is for Sunset Terrace, but this channel is bound to Hudson Yards',
    );
    expect(harness.slack.callsTo('chat.update')).toHaveLength(0);
    expect(harness.sandbox.requests.count('addResident')).toBe(0);
  });

  it('rejects another site named in a bound channel', async () => {
    await command('bind this channel to Hudson Yards', BOSS);

    const reply = await command('who is in 101 at Sunset Terrace?', CLERK);

    expect(reply).toContain('This channel is bound to Hudson Yards');
    expect(reply).not.toContain('Mara');
  });
});
