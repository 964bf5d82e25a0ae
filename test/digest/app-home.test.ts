import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { summariseChannelDigests } from '../../src/digest/channel-digests.js';
import { createSubscriptionRepository } from '../../src/digest/subscription-repository.js';
import {
  REFERENCE_NOW,
  startSlackFrontdesk,
  type SlackFrontdesk,
} from '../slack/helpers/frontdesk-harness.js';
import {
  blockActionPayload,
  eventBody,
  interactionBody,
  sendToSlackEndpoint,
  slashCommandBody,
} from '../slack/helpers/slack-requests.js';
import { untilIdle } from '../slack/helpers/until-idle.js';

function homeOpened(eventId: string, userId: string) {
  return eventBody({
    eventId,
    event: { type: 'app_home_opened', user: userId, channel: 'DFAKE0001', tab: 'home' },
  });
}

describe('digests in Slack', () => {
  let harness: SlackFrontdesk;
  const subscriptions = () => createSubscriptionRepository(harness.runtime.store.db);

  async function command(text: string, name: string): Promise<void> {
    const body = slashCommandBody({
      text,
      channelId: 'CFAKE0001',
      responseUrl: harness.slack.responseUrl(name),
    });
    await sendToSlackEndpoint(harness.baseUrl, body, 'application/x-www-form-urlencoded');
    await untilIdle(harness.adapter);
  }

  async function publishedHome(eventId: string, userId: string): Promise<string> {
    const before = harness.slack.callsTo('views.publish').length;
    await sendToSlackEndpoint(harness.baseUrl, homeOpened(eventId, userId), 'application/json');
    const published = await harness.slack.waitFor('views.publish', before + 1);
    return JSON.stringify(published.at(-1)!.body.view);
  }

  beforeEach(async () => {
    harness = await startSlackFrontdesk({
      adapter: {
        digests: (channelIds) =>
          summariseChannelDigests(harness.runtime, 'slack', channelIds, REFERENCE_NOW),
      },
    });
    await command('use Hudson Yards', 'bind');
  });

  afterEach(async () => {
    await harness.close();
  });

  it('shows the digests of the user’s channels in App Home', async () => {
    harness.slack.userChannels.set('UFAKEMARIA', ['CFAKE0001']);
    await command('digest weekdays 7:30', 'subscribe');

    const view = await publishedHome('EvHomeDigest1', 'UFAKEMARIA');

    expect(view).toContain(
      '<#CFAKE0001> Weekdays at 7:30 AM ET · next 7 days · Hudson Yards · next post Mon, Dec 7, 7:30 AM EST (12:30 UTC)',
    );
  });

  it('shows a paused digest and its last failure', async () => {
    harness.slack.userChannels.set('UFAKEMARIA', ['CFAKE0001']);
    await command('digest daily 8am', 'subscribe');
    await command('digest pause', 'pause');
    const subscription = (await subscriptions().find('slack:CFAKE0001'))!;
    await subscriptions().recordFailure(
      subscription.id,
      'The digest could not be posted (not_in_channel).',
      REFERENCE_NOW,
    );

    const view = await publishedHome('EvHomeDigest2', 'UFAKEMARIA');

    expect(view).toContain('Daily at 8:00 AM ET · next 7 days · Hudson Yards · paused');
    expect(view).toContain('Last failure: The digest could not be posted (not_in_channel).');
  });

  it('says so when none of the user’s channels gets a digest', async () => {
    harness.slack.userChannels.set('UFAKEMARIA', ['CFAKE0001']);

    const view = await publishedHome('EvHomeDigest3', 'UFAKEMARIA');

    expect(view).toContain('None of your channels gets a digest.');
  });

  it('pauses the digest from a button on a posted digest', async () => {
    await command('digest daily 8am', 'subscribe');
    const id = (await subscriptions().find('slack:CFAKE0001'))!.id;

    const click = blockActionPayload({
      actionId: 'fd.digest_pause.0',
      value: `${id}:digest`,
      channelId: 'CFAKE0001',
      messageTs: '1700000000.000100',
      responseUrl: harness.slack.responseUrl('click'),
    });
    await sendToSlackEndpoint(
      harness.baseUrl,
      interactionBody(click),
      'application/x-www-form-urlencoded',
    );
    await untilIdle(harness.adapter);

    expect((await subscriptions().findById(id))?.status).toBe('paused');
    const answer = harness.slack.callsTo('response_url').at(-1);
    expect(JSON.stringify(answer?.body)).toContain('Digest paused');
  });
});
