import { PassThrough } from 'node:stream';

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { createConsolePoster } from '../../adapters/console/console-poster.js';
import { createSlackPoster } from '../../adapters/slack/slack-poster.js';
import { createTeamsPoster } from '../../adapters/teams/teams-poster.js';
import { createPoster } from '../../src/bot/poster.js';
import type { ConversationAddress } from '../../src/bot/replies.js';
import { loadConfig } from '../../src/config.js';
import { createDigestScheduler } from '../../src/digest/digest-scheduler.js';
import { silentLogger } from '../../src/log.js';
import { startFakeSlackApi, type FakeSlackApi } from '../slack/helpers/fake-slack-api.js';
import {
  CHANNEL as TEAMS_CHANNEL,
  installationActivity,
  mentionActivity,
} from '../teams/helpers/activities.js';
import { cardOf, textOf } from '../teams/helpers/card-queries.js';
import {
  startTeamsFrontdesk,
  teamsEnv,
  type TeamsFrontdesk,
} from '../teams/helpers/teams-harness.js';

const SLACK_CHANNEL = 'CFAKEDIGEST1';
// The harnesses' clock is Fri, Dec 4, 2026, 10:00 in New York, so the first 8:00 slot is Dec 5.
const SLOT = new Date('2026-12-05T13:00:00Z');
const TITLE = 'Move-ins and move-outs · Hudson Yards · Sat, Dec 5 – Fri, Dec 11';

describe('one digest on every platform', () => {
  let teams: TeamsFrontdesk;
  let slack: FakeSlackApi;
  let consoleOutput: string;

  beforeEach(async () => {
    teams = await startTeamsFrontdesk();
    slack = await startFakeSlackApi();
    consoleOutput = '';
  });

  afterEach(async () => {
    await slack.close();
    await teams.close();
  });

  async function subscribe(conversation: ConversationAddress): Promise<void> {
    for (const text of ['use Hudson Yards', 'digest daily 8am']) {
      await teams.runtime.frontdesk.handleMessage({
        actor: { id: 'fake-user', displayName: '@maria' },
        conversation,
        text,
      });
    }
  }

  it('reaches Slack, Teams and the console', async () => {
    // Teams: the bot is installed in a channel, and staff subscribe there by mentioning it.
    const channel = {
      serviceUrl: teams.connector.serviceUrl,
      conversationId: TEAMS_CHANNEL,
      conversationType: 'channel' as const,
    };
    await teams.post(installationActivity('add', channel));
    await teams.post(mentionActivity('use Hudson Yards', channel));
    await teams.post(mentionActivity('digest daily 8am', channel));
    await teams.idle();
    const repliesBefore = teams.connector.calls.length;
    await subscribe({ platform: 'slack', channelId: SLACK_CHANNEL });
    await subscribe({ platform: 'console', channelId: 'local' });

    const output = new PassThrough();
    output.on('data', (chunk: Buffer) => (consoleOutput += chunk.toString('utf8')));
    const poster = createPoster([
      createSlackPoster({
        slack: {
          botToken: 'xoxb-fake-token',
          signingSecret: undefined,
          appToken: undefined,
          apiUrl: slack.apiUrl,
          approvers: [],
          approverGroup: undefined,
        },
        logger: silentLogger(),
        paceIntervalMs: 0,
      }),
      createTeamsPoster({
        teams: loadConfig(teamsEnv(teams.identity)).teams!,
        store: teams.runtime.store,
        logger: silentLogger(),
      }),
      createConsolePoster(output),
    ]);
    const scheduler = createDigestScheduler({
      store: teams.runtime.store,
      client: teams.runtime.client,
      sites: teams.runtime.sites,
      poster,
      logger: silentLogger(),
    });

    const report = await scheduler.tick(SLOT);

    expect(report.posted).toBe(3);

    const [slackPost] = await slack.waitFor('chat.postMessage');
    expect(slackPost!.body.channel).toBe(SLACK_CHANNEL);
    expect(slackPost!.body.text).toContain(TITLE);
    const blocks = JSON.stringify(slackPost!.body.blocks);
    expect(blocks).toContain('Priya Nair');
    expect(blocks).toContain('no email on file');
    expect(blocks).toContain('fd.digest_pause.');

    const teamsPosts = teams.connector.calls.slice(repliesBefore);
    expect(teamsPosts.map((call) => [call.method, call.conversationId])).toEqual([
      ['POST', TEAMS_CHANNEL],
    ]);
    const card = cardOf(teamsPosts[0]!.activity);
    expect(textOf(card)).toContain(TITLE);
    expect(textOf(card)).toContain('Priya Nair');
    expect(card.actions?.map((action) => action.title)).toEqual(['Pause', 'Post now', 'Settings']);

    expect(consoleOutput).toContain(TITLE);
    expect(consoleOutput).toContain('Priya Nair');
    expect(consoleOutput).toContain('Daily at 8:00 AM ET · next 7 days');
  });
});
