import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { createSlackAdapter, type SlackAdapter } from '../../adapters/slack/slack-adapter.js';
import { silentLogger } from '../../src/log.js';
import { openSqliteStore } from '../../src/store/open-sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { startFakeSlackApi, type FakeSlackApi } from './helpers/fake-slack-api.js';
import {
  startFakeSocketModeServer,
  type FakeSocketModeServer,
} from './helpers/fake-socket-mode-server.js';
import { stubFrontdesk, type StubFrontdesk } from './helpers/stub-frontdesk.js';

function mentionEnvelope(envelopeId: string, eventId: string, retryAttempt = 0) {
  return {
    envelope_id: envelopeId,
    type: 'events_api',
    accepts_response_payload: false,
    retry_attempt: retryAttempt,
    retry_reason: retryAttempt === 0 ? '' : 'timeout',
    payload: {
      type: 'event_callback',
      team_id: 'TFAKE0001',
      api_app_id: 'AFAKE0001',
      event_id: eventId,
      event_time: 1_764_860_400,
      authorizations: [{ team_id: 'TFAKE0001', user_id: 'UFAKEBOT01', is_bot: true }],
      event: {
        type: 'app_mention',
        user: 'UFAKEMARIA',
        text: '<@UFAKEBOT01> help',
        ts: '1764860400.000100',
        channel: 'CFAKE0001',
      },
    },
  };
}

function commandEnvelope(envelopeId: string, triggerId: string, responseUrl: string) {
  return {
    envelope_id: envelopeId,
    type: 'slash_commands',
    accepts_response_payload: true,
    payload: {
      command: '/frontdesk',
      text: 'help',
      user_id: 'UFAKEMARIA',
      channel_id: 'CFAKE0001',
      team_id: 'TFAKE0001',
      trigger_id: triggerId,
      response_url: responseUrl,
    },
  };
}

describe('Socket Mode', () => {
  let socketServer: FakeSocketModeServer;
  let slack: FakeSlackApi;
  let store: Store;
  let frontdesk: StubFrontdesk;
  let adapter: SlackAdapter;

  beforeEach(async () => {
    socketServer = await startFakeSocketModeServer();
    slack = await startFakeSlackApi({
      'apps.connections.open': () => ({ ok: true, url: socketServer.url }),
    });
    store = await openSqliteStore(':memory:');
    frontdesk = stubFrontdesk({});
    adapter = createSlackAdapter({
      config: {
        botToken: 'xoxb-fake-token',
        signingSecret: undefined,
        appToken: 'xapp-fake-token',
        apiUrl: slack.apiUrl,
        approvers: [],
        approverGroup: undefined,
        port: 0,
      },
      frontdesk,
      store,
      logger: silentLogger(),
      paceIntervalMs: 0,
    });
    const started = await adapter.start();
    expect(started.mode).toBe('socket');
    await socketServer.waitForConnections(1, 5_000);
  });

  afterEach(async () => {
    await adapter.stop(5_000);
    await socketServer.close();
    await slack.close();
    await store.close();
  });

  it('acks and handles an event envelope', async () => {
    socketServer.send(mentionEnvelope('env-1', 'Ev0101'));

    await socketServer.waitForAck('env-1', 5_000);
    await slack.waitFor('chat.postMessage');
    expect(frontdesk.messages.map((message) => message.text)).toEqual(['help']);
  });

  it('reconnects after the socket drops and keeps handling', async () => {
    socketServer.send(mentionEnvelope('env-1', 'Ev0102'));
    await slack.waitFor('chat.postMessage');
    const dropped = Date.now();

    socketServer.dropConnections();
    await socketServer.waitForConnections(2, 30_000);
    const reconnectMs = Date.now() - dropped;
    socketServer.send(commandEnvelope('env-2', 'trigger-after', slack.responseUrl('cmd')));
    await socketServer.waitForAck('env-2', 5_000);
    await slack.waitFor('chat.postMessage', 2);

    expect(reconnectMs).toBeLessThan(30_000);
    expect(frontdesk.messages).toHaveLength(2);
  }, 40_000);

  it('handles an envelope redelivered after a reconnect once', async () => {
    socketServer.send(mentionEnvelope('env-1', 'Ev0103'));
    await slack.waitFor('chat.postMessage');

    socketServer.dropConnections();
    await socketServer.waitForConnections(2, 30_000);
    socketServer.send(mentionEnvelope('env-3', 'Ev0103', 1));
    await socketServer.waitForAck('env-3', 5_000);
    await new Promise((resolve) => setTimeout(resolve, 200));

    expect(frontdesk.messages).toHaveLength(1);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
  }, 40_000);
});
