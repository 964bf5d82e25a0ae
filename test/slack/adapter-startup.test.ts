import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { createSlackAdapter } from '../../adapters/slack/slack-adapter.js';
import { SlackAuthError } from '../../adapters/slack/slack-errors.js';
import { silentLogger } from '../../src/log.js';
import { openSqliteStore } from '../../src/store/open-sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { startFakeSlackApi, type FakeSlackApi } from './helpers/fake-slack-api.js';
import { SIGNING_SECRET } from './helpers/slack-requests.js';
import { stubFrontdesk } from './helpers/stub-frontdesk.js';

describe('Slack adapter startup', () => {
  let slack: FakeSlackApi;
  let store: Store;

  beforeEach(async () => {
    slack = await startFakeSlackApi({
      'auth.test': () => ({ ok: false, error: 'invalid_auth' }),
    });
    store = await openSqliteStore(':memory:');
  });

  afterEach(async () => {
    await slack.close();
    await store.close();
  });

  it('stops with the variable to fix when the token is rejected', async () => {
    const adapter = createSlackAdapter({
      config: {
        botToken: 'xoxb-revoked-token',
        signingSecret: SIGNING_SECRET,
        appToken: undefined,
        apiUrl: slack.apiUrl,
        approvers: [],
        approverGroup: undefined,
        port: 0,
      },
      frontdesk: stubFrontdesk({}),
      store,
      logger: silentLogger(),
    });

    const starting = adapter.start();

    await expect(starting).rejects.toBeInstanceOf(SlackAuthError);
    await expect(starting).rejects.toThrow(/SLACK_BOT_TOKEN/);
    await expect(starting).rejects.not.toThrow(/xoxb-revoked-token/);
    expect(slack.callsTo('auth.test')).toHaveLength(1);
    await adapter.stop(1_000);
  });
});
