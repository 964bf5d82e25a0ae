import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { messageActivity } from './helpers/activities.js';
import { createSigningKey, OTHER_TENANT_ID } from './helpers/fake-identity.js';
import { startTeamsFrontdesk, type TeamsFrontdesk } from './helpers/teams-harness.js';

const COMMAND = 'move in Jane Doe to Hudson 102 on March 1';

describe('Teams request authentication', () => {
  let harness: TeamsFrontdesk;

  beforeEach(async () => {
    harness = await startTeamsFrontdesk();
  });

  afterEach(async () => {
    await harness.close();
  });

  /** Posts the activity and checks that nothing at all happened besides the 401. */
  async function expectRejected(activity: unknown, authorization: string | null) {
    const response = await harness.post(activity, authorization);
    await harness.idle();

    expect(response.status).toBe(401);
    expect(harness.connector.calls).toHaveLength(0);
    expect(harness.identity.tokenRequests).toHaveLength(0);
    expect(harness.sandbox.requests.list()).toHaveLength(0);
    expect(
      await harness.runtime.store.getConversationReference('teams:a:fake-personal-chat'),
    ).toBeNull();
  }

  it('accepts a token the Bot Connector signed', async () => {
    const activity = messageActivity(COMMAND, { serviceUrl: harness.connector.serviceUrl });

    const response = await harness.post(activity);
    await harness.connector.waitFor('POST', 1);

    expect(response.status).toBe(200);
  });

  it('rejects a request without a token', async () => {
    const activity = messageActivity(COMMAND, { serviceUrl: harness.connector.serviceUrl });

    await expectRejected(activity, null);
  });

  it('rejects a token signed by an unknown key', async () => {
    const serviceUrl = harness.connector.serviceUrl;
    const token = harness.identity.channelToken(serviceUrl, {}, createSigningKey());

    await expectRejected(messageActivity(COMMAND, { serviceUrl }), `Bearer ${token}`);
  });

  it('rejects a forged token that names the real key id', async () => {
    const serviceUrl = harness.connector.serviceUrl;
    const forger = createSigningKey(harness.identity.key.kid);
    const token = harness.identity.channelToken(serviceUrl, {}, forger);

    await expectRejected(messageActivity(COMMAND, { serviceUrl }), `Bearer ${token}`);
  });

  it('rejects a token for another bot', async () => {
    const serviceUrl = harness.connector.serviceUrl;
    const token = harness.identity.channelToken(serviceUrl, {
      aud: '00000000-0000-4000-8000-000000000000',
    });

    await expectRejected(messageActivity(COMMAND, { serviceUrl }), `Bearer ${token}`);
  });

  it('rejects an activity from another tenant', async () => {
    const serviceUrl = harness.connector.serviceUrl;
    const activity = messageActivity(COMMAND, { serviceUrl, tenantId: OTHER_TENANT_ID });

    await expectRejected(activity, `Bearer ${harness.identity.channelToken(serviceUrl)}`);
  });

  it('rejects a token from another tenant', async () => {
    const serviceUrl = harness.connector.serviceUrl;
    const token = harness.identity.channelToken(serviceUrl, { tid: OTHER_TENANT_ID });

    await expectRejected(messageActivity(COMMAND, { serviceUrl }), `Bearer ${token}`);
  });

  it('rejects a token from another issuer', async () => {
    const serviceUrl = harness.connector.serviceUrl;
    const token = harness.identity.channelToken(serviceUrl, { iss: 'https://example.invalid' });

    await expectRejected(messageActivity(COMMAND, { serviceUrl }), `Bearer ${token}`);
  });

  it('rejects a token issued for another service URL', async () => {
    const serviceUrl = harness.connector.serviceUrl;
    const token = harness.identity.channelToken('http://127.0.0.1:9/elsewhere/');

    await expectRejected(messageActivity(COMMAND, { serviceUrl }), `Bearer ${token}`);
  });

  it('rejects an expired token', async () => {
    const serviceUrl = harness.connector.serviceUrl;
    const longAgo = Math.floor(Date.now() / 1000) - 7200;
    const token = harness.identity.channelToken(serviceUrl, { nbf: longAgo - 3600, exp: longAgo });

    await expectRejected(messageActivity(COMMAND, { serviceUrl }), `Bearer ${token}`);
  });

  it('rejects a token that is not valid yet', async () => {
    const serviceUrl = harness.connector.serviceUrl;
    const later = Math.floor(Date.now() / 1000) + 3600;
    const token = harness.identity.channelToken(serviceUrl, { nbf: later, exp: later + 3600 });

    await expectRejected(messageActivity(COMMAND, { serviceUrl }), `Bearer ${token}`);
  });

  it('rejects a body that is not an activity', async () => {
    const response = await harness.post({ serviceUrl: harness.connector.serviceUrl, hello: 1 });

    expect(response.status).toBe(400);
    expect(harness.connector.calls).toHaveLength(0);
  });
});
