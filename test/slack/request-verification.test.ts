import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { startAdapter, type AdapterHarness } from './helpers/adapter-harness.js';
import { sendToSlackEndpoint, slackSignature, slashCommandBody } from './helpers/slack-requests.js';
import { stubFrontdesk, type StubFrontdesk } from './helpers/stub-frontdesk.js';

const FORM = 'application/x-www-form-urlencoded';

describe('Slack request verification', () => {
  let harness: AdapterHarness;
  let frontdesk: StubFrontdesk;

  beforeEach(async () => {
    frontdesk = stubFrontdesk({});
    harness = await startAdapter({ frontdesk });
  });

  afterEach(async () => {
    await harness.close();
  });

  it('rejects a bad signature with 401', async () => {
    const body = slashCommandBody({ text: 'help', responseUrl: harness.slack.responseUrl('r1') });
    const response = await sendToSlackEndpoint(harness.baseUrl, body, FORM, {
      signature: slackSignature(body, Math.floor(Date.now() / 1000), 'some-other-secret'),
    });

    expect(response.status).toBe(401);
    expect(frontdesk.messages).toHaveLength(0);
    expect(harness.slack.calls.filter((call) => call.method !== 'auth.test')).toHaveLength(0);
  });

  it('rejects a timestamp older than five minutes with 401', async () => {
    const body = slashCommandBody({ text: 'help', responseUrl: harness.slack.responseUrl('r1') });
    const stale = Math.floor(Date.now() / 1000) - 6 * 60;
    const response = await sendToSlackEndpoint(harness.baseUrl, body, FORM, { timestamp: stale });

    expect(response.status).toBe(401);
    expect(frontdesk.messages).toHaveLength(0);
    expect(harness.slack.calls.filter((call) => call.method !== 'auth.test')).toHaveLength(0);
  });

  it('rejects a timestamp more than five minutes ahead with 401', async () => {
    const body = slashCommandBody({ text: 'help', responseUrl: harness.slack.responseUrl('r1') });
    const ahead = Math.floor(Date.now() / 1000) + 6 * 60;
    const response = await sendToSlackEndpoint(harness.baseUrl, body, FORM, { timestamp: ahead });

    expect(response.status).toBe(401);
    expect(frontdesk.messages).toHaveLength(0);
    expect(harness.slack.calls.filter((call) => call.method !== 'auth.test')).toHaveLength(0);
  });

  it.each([
    ['four minutes behind', -4 * 60],
    ['four minutes ahead', 4 * 60],
  ])('accepts a timestamp %s', async (_case, offsetSeconds) => {
    const body = slashCommandBody({ text: 'help', responseUrl: harness.slack.responseUrl('r1') });
    const timestamp = Math.floor(Date.now() / 1000) + offsetSeconds;
    const response = await sendToSlackEndpoint(harness.baseUrl, body, FORM, { timestamp });

    expect(response.status).toBe(200);
    await harness.slack.waitFor('chat.postMessage');
    expect(frontdesk.messages.map((message) => message.text)).toEqual(['help']);
  });

  it('rejects a signature over another timestamp', async () => {
    const body = slashCommandBody({ text: 'help', responseUrl: harness.slack.responseUrl('r1') });
    const now = Math.floor(Date.now() / 1000);
    const response = await sendToSlackEndpoint(harness.baseUrl, body, FORM, {
      timestamp: now,
      signature: slackSignature(body, now - 60),
    });

    expect(response.status).toBe(401);
    expect(frontdesk.messages).toHaveLength(0);
  });

  it('accepts a correctly signed command', async () => {
    const body = slashCommandBody({ text: 'help', responseUrl: harness.slack.responseUrl('r1') });
    const response = await sendToSlackEndpoint(harness.baseUrl, body, FORM);

    expect(response.status).toBe(200);
    await harness.slack.waitFor('chat.postMessage');
    expect(frontdesk.messages.map((message) => message.text)).toEqual(['help']);
  });

  it('answers the health route', async () => {
    const response = await fetch(`${harness.baseUrl}/health`);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', inFlight: 0 });
  });
});
