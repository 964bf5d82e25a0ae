import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import {
  freePort,
  startFrontdeskProcess,
  waitUntilServing,
  type FrontdeskProcess,
} from '../helpers/frontdesk-process.js';
import { buttonsOf, textOf } from '../slack/helpers/card-queries.js';
import { startFakeSlackApi, type FakeSlackApi } from '../slack/helpers/fake-slack-api.js';
import {
  blockActionPayload,
  interactionBody,
  sendToSlackEndpoint,
  SIGNING_SECRET,
  slashCommandBody,
} from '../slack/helpers/slack-requests.js';

const FORM = 'application/x-www-form-urlencoded';

// With no ElevenOS account, the web process's embedded sandbox and in-memory store exist only in
// that process, so it must run the bulk worker itself.
describe('Slack web process on the embedded sandbox', () => {
  let slack: FakeSlackApi;
  let web: FrontdeskProcess;
  let baseUrl: string;

  beforeAll(async () => {
    slack = await startFakeSlackApi();
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    web = startFrontdeskProcess('start', {
      PORT: String(port),
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_BOT_TOKEN: 'xoxb-fake-token',
      SLACK_API_URL: slack.apiUrl,
      LOG_LEVEL: 'warn',
    });
    await waitUntilServing(`${baseUrl}/healthz`, web);
  }, 60_000);

  afterAll(async () => {
    expect(await web.stop()).toBe(0);
    await slack.close();
  }, 30_000);

  it('runs a sent bulk job and posts its result', async () => {
    await sendToSlackEndpoint(
      baseUrl,
      slashCommandBody({
        text: 'move out everyone on Riverside floor 2 on Dec 31',
        triggerId: 'trigger-bulk-1',
        responseUrl: slack.responseUrl('bulk-preview'),
      }),
      FORM,
    );
    const [preview] = await slack.waitFor('response_url');
    const send = buttonsOf(preview!).find((button) => button.actionId.startsWith('fd.bulk_send'));
    expect(send?.label).toBe('Move out 2 residents');

    await sendToSlackEndpoint(
      baseUrl,
      interactionBody(
        blockActionPayload({
          actionId: send!.actionId,
          value: send!.value,
          messageTs: '1700000000.000100',
          ephemeral: true,
          responseUrl: slack.responseUrl('bulk-click'),
          label: 'Move out 2 residents',
        }),
      ),
      FORM,
    );
    const posts = await slack.waitFor('chat.postMessage', 2, 30_000);

    expect(posts.map(textOf).join('\n')).toContain('Move-outs set: 2 of 2 residents');
  }, 60_000);
});
