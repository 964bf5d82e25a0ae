import { afterEach, describe, expect, it } from '@jest/globals';

import { startSlackFrontdesk, type SlackFrontdesk } from '../slack/helpers/frontdesk-harness.js';
import {
  eventBody,
  sendToSlackEndpoint,
  slashCommandBody,
} from '../slack/helpers/slack-requests.js';
import { untilIdle } from '../slack/helpers/until-idle.js';

const FORM = 'application/x-www-form-urlencoded';
const BOSS = 'UFAKEBOSS1';
const CLERK = 'UFAKESAM01';
const HUDSON_CHANNEL = 'CFAKEHUD01';
const SUNSET_CHANNEL = 'CFAKESUN01';

describe('App Home visibility', () => {
  let harness: SlackFrontdesk;
  let digestRequests: string[][];
  let homeCount: number;

  afterEach(async () => {
    await harness.close();
  });

  async function start(): Promise<void> {
    digestRequests = [];
    homeCount = 0;
    harness = await startSlackFrontdesk({
      config: { approvers: [BOSS] },
      adapter: {
        digests: (channelIds) => {
          digestRequests.push([...channelIds].sort());
          return Promise.resolve(
            channelIds.map((channelId) => ({ channelId, text: `digest of ${channelId}` })),
          );
        },
      },
    });
    harness.slack.userChannels.set(BOSS, [HUDSON_CHANNEL, SUNSET_CHANNEL]);
    harness.slack.userChannels.set(CLERK, [HUDSON_CHANNEL, SUNSET_CHANNEL]);
  }

  async function command(text: string, channelId: string, userId: string): Promise<void> {
    const body = slashCommandBody({
      text,
      channelId,
      userId,
      responseUrl: harness.slack.responseUrl(`${channelId}-${text}`),
    });
    await sendToSlackEndpoint(harness.baseUrl, body, FORM);
    await untilIdle(harness.adapter);
  }

  async function homeOf(userId: string): Promise<string> {
    homeCount += 1;
    const event = eventBody({
      eventId: `EvVisible${homeCount}`,
      event: { type: 'app_home_opened', user: userId, channel: 'DFAKE0001', tab: 'home' },
    });
    await sendToSlackEndpoint(harness.baseUrl, event, 'application/json');
    const published = await harness.slack.waitFor('views.publish', homeCount);
    return JSON.stringify(published[homeCount - 1]!.body.view);
  }

  it('shows every site of the user’s channels while nothing is bound', async () => {
    await start();
    await command('use Hudson Yards', HUDSON_CHANNEL, CLERK);
    await command('use Sunset Terrace', SUNSET_CHANNEL, CLERK);

    const view = await homeOf(CLERK);

    expect(view).toContain('*Hudson Yards*');
    expect(view).toContain('*Sunset Terrace*');
    expect(view).toContain(`<#${SUNSET_CHANNEL}> works on Sunset Terrace`);
    expect(digestRequests.at(-1)).toEqual([HUDSON_CHANNEL, SUNSET_CHANNEL]);
  });

  it('limits someone else to the sites of their bound channels', async () => {
    await start();
    await command('bind this channel to Hudson Yards', HUDSON_CHANNEL, BOSS);
    await command('use Sunset Terrace', SUNSET_CHANNEL, CLERK);
    await command('move in Jane Doe to 201 on March 1', SUNSET_CHANNEL, CLERK);
    await command('move in John Roe to Hudson 102 on March 1', HUDSON_CHANNEL, CLERK);

    const view = await homeOf(CLERK);

    expect(view).toContain('*Hudson Yards*');
    expect(view).toContain(`<#${HUDSON_CHANNEL}> is bound to Hudson Yards`);
    expect(view).not.toContain('Sunset Terrace');
    expect(view).not.toContain(SUNSET_CHANNEL);
    expect(view).toContain(`<@${CLERK}> proposed a move-in`);
    // Only the Hudson Yards proposal is listed; the Sunset Terrace one is hidden.
    expect(view.match(/proposed a move-in/g)).toHaveLength(1);
    expect(digestRequests.at(-1)).toEqual([HUDSON_CHANNEL]);
  });

  it('shows an approver every site of their channels', async () => {
    await start();
    await command('bind this channel to Hudson Yards', HUDSON_CHANNEL, BOSS);
    await command('use Sunset Terrace', SUNSET_CHANNEL, CLERK);
    await command('move in Jane Doe to 201 on March 1', SUNSET_CHANNEL, CLERK);

    const view = await homeOf(BOSS);

    expect(view).toContain('*Hudson Yards*');
    expect(view).toContain('*Sunset Terrace*');
    expect(view).toContain(`<#${SUNSET_CHANNEL}> works on Sunset Terrace`);
    expect(view).toContain(`<@${CLERK}> proposed a move-in`);
    expect(digestRequests.at(-1)).toEqual([HUDSON_CHANNEL, SUNSET_CHANNEL]);
  });

  it('shows no site to someone outside every bound channel', async () => {
    await start();
    harness.slack.userChannels.set('UFAKELEE01', [SUNSET_CHANNEL]);
    await command('bind this channel to Hudson Yards', HUDSON_CHANNEL, BOSS);
    await command('use Sunset Terrace', SUNSET_CHANNEL, CLERK);

    const view = await homeOf('UFAKELEE01');

    expect(view).toContain('None of your channels is bound to a site yet');
    expect(view).not.toContain('Sunset Terrace');
    expect(view).not.toContain('Hudson Yards');
    expect(digestRequests.at(-1)).toEqual([]);
  });
});
