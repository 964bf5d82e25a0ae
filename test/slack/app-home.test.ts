import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { startSlackFrontdesk, type SlackFrontdesk } from './helpers/frontdesk-harness.js';
import { eventBody, sendToSlackEndpoint, slashCommandBody } from './helpers/slack-requests.js';
import { untilIdle } from './helpers/until-idle.js';

function homeOpened(eventId: string, userId: string) {
  return eventBody({
    eventId,
    event: { type: 'app_home_opened', user: userId, channel: 'DFAKE0001', tab: 'home' },
  });
}

describe('App Home', () => {
  let harness: SlackFrontdesk;

  beforeEach(async () => {
    harness = await startSlackFrontdesk();
    const bind = slashCommandBody({
      text: 'use Hudson Yards',
      channelId: 'CFAKE0001',
      responseUrl: harness.slack.responseUrl('bind'),
    });
    await sendToSlackEndpoint(harness.baseUrl, bind, 'application/x-www-form-urlencoded');
    await untilIdle(harness.adapter);
  });

  afterEach(async () => {
    await harness.close();
  });

  it('shows the bindings and move-ins of the user’s channels', async () => {
    harness.slack.userChannels.set('UFAKEMARIA', ['CFAKE0001', 'COTHER001']);

    await sendToSlackEndpoint(
      harness.baseUrl,
      homeOpened('EvHome1', 'UFAKEMARIA'),
      'application/json',
    );
    const [published] = await harness.slack.waitFor('views.publish');
    const view = JSON.stringify(published!.body.view);

    expect(published!.body.user_id).toBe('UFAKEMARIA');
    expect(view).toContain('<#CFAKE0001> works on Hudson Yards');
    expect(view).toContain('*Hudson Yards*');
    expect(view).toContain('Digests');
  });

  it('says so when none of the user’s channels is bound', async () => {
    harness.slack.userChannels.set('UFAKELEE01', ['COTHER001']);

    await sendToSlackEndpoint(
      harness.baseUrl,
      homeOpened('EvHome2', 'UFAKELEE01'),
      'application/json',
    );
    const [published] = await harness.slack.waitFor('views.publish');
    const view = JSON.stringify(published!.body.view);

    expect(view).toContain('None of your channels is bound to a site yet');
    expect(view).not.toContain('CFAKE0001');
  });

  it('lists the latest activity of the user’s sites without resident names', async () => {
    harness.slack.userChannels.set('UFAKEMARIA', ['CFAKE0001']);
    const command = slashCommandBody({
      text: 'move in Jane Doe to Hudson 102 on March 1',
      channelId: 'CFAKE0001',
      responseUrl: harness.slack.responseUrl('move-in'),
    });
    await sendToSlackEndpoint(harness.baseUrl, command, 'application/x-www-form-urlencoded');
    await untilIdle(harness.adapter);

    await sendToSlackEndpoint(
      harness.baseUrl,
      homeOpened('EvHome3', 'UFAKEMARIA'),
      'application/json',
    );
    const [published] = await harness.slack.waitFor('views.publish');
    const view = JSON.stringify(published!.body.view);

    expect(view).toContain('Recent activity');
    expect(view).toContain('<@UFAKEMARIA> proposed a move-in');
    expect(view).not.toContain('Jane');
  });
});
