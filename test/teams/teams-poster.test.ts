import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { createTeamsPoster } from '../../adapters/teams/teams-poster.js';
import type { ChannelPoster } from '../../src/bot/poster.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/log.js';
import { CHANNEL, installationActivity } from './helpers/activities.js';
import { cardOf, textOf } from './helpers/card-queries.js';
import { startTeamsFrontdesk, teamsEnv, type TeamsFrontdesk } from './helpers/teams-harness.js';

describe('Teams channel poster', () => {
  let harness: TeamsFrontdesk;
  let poster: ChannelPoster;

  beforeEach(async () => {
    harness = await startTeamsFrontdesk();
    poster = createTeamsPoster({
      teams: loadConfig(teamsEnv(harness.identity)).teams!,
      store: harness.runtime.store,
      logger: silentLogger(),
    });
  });

  afterEach(async () => {
    await harness.close();
  });

  it('posts into a channel the bot was installed in', async () => {
    await harness.post(
      installationActivity('add', {
        serviceUrl: harness.connector.serviceUrl,
        conversationId: CHANNEL,
        conversationType: 'channel',
      }),
    );

    await poster.post(CHANNEL, [{ kind: 'text', text: 'Daily digest' }]);

    const [posted] = await harness.connector.waitFor('POST', 1);
    expect(textOf(cardOf(posted!.activity))).toBe('Daily digest');
  });

  it('raises a coded error for a channel with no reference', async () => {
    await expect(
      poster.post('19:unknown@thread.tacv2', [{ kind: 'text', text: 'x' }]),
    ).rejects.toMatchObject({
      code: 'TEAMS_DELIVERY_FAILED',
      reason: 'no_reference',
    });
  });
});
