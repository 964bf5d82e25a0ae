import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import {
  freePort,
  startFrontdeskProcess,
  waitUntilServing,
  type FrontdeskProcess,
} from '../helpers/frontdesk-process.js';
import { startFakeSlackApi, type FakeSlackApi } from '../slack/helpers/fake-slack-api.js';
import { SIGNING_SECRET } from '../slack/helpers/slack-requests.js';

describe('one web process serving Slack and Teams', () => {
  let slack: FakeSlackApi;
  let web: FrontdeskProcess;
  let baseUrl: string;

  beforeAll(async () => {
    slack = await startFakeSlackApi();
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    web = startFrontdeskProcess('start', {
      PORT: String(port),
      FRONTDESK_DB_PATH: ':memory:',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_BOT_TOKEN: 'xoxb-fake-token',
      SLACK_API_URL: slack.apiUrl,
      MicrosoftAppId: '00000000-0000-4000-8000-000000000001',
      MicrosoftAppPassword: 'fake-app-password',
      MicrosoftAppTenantId: '00000000-0000-4000-8000-0000000000aa',
      MicrosoftAppType: 'SingleTenant',
      // Never reached: a request without a token is refused before any key is fetched.
      BotOpenIdMetadata: 'http://127.0.0.1:9/openid',
      ToChannelFromBotLoginUrl: 'http://127.0.0.1:9/login',
      LOG_LEVEL: 'warn',
    });
    await waitUntilServing(`${baseUrl}/healthz`, web);
  }, 60_000);

  afterAll(async () => {
    expect(await web.stop()).toBe(0);
    await slack.close();
  }, 30_000);

  it('answers both platforms on one port and refuses unsigned requests', async () => {
    const teams = await fetch(`${baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: 'activity-1',
        channelId: 'msteams',
        serviceUrl: 'http://127.0.0.1:9/connector/',
        from: { id: '29:fake-user', name: 'Maria' },
        recipient: { id: '28:00000000-0000-4000-8000-000000000001', name: 'Frontdesk' },
        conversation: { id: 'a:fake-conversation', conversationType: 'personal' },
        channelData: { tenant: { id: '00000000-0000-4000-8000-0000000000aa' } },
        text: 'help',
      }),
    });
    const slackEvent = await fetch(`${baseUrl}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'event_callback' }),
    });
    expect(teams.status).toBe(401);
    expect(slackEvent.status).toBe(401);
    expect(slack.callsTo('chat.postMessage')).toEqual([]);
  });
});
