import { createHmac } from 'node:crypto';

export const BENCH_SIGNING_SECRET = 'bench-signing-secret-0123456789';

/** Slash commands that make the core read ElevenOS or draft a proposal after the ack. */
const COMMANDS = [
  'upcoming at Hudson Yards',
  'move in Jane Doe to Hudson Yards 102 on March 1',
  'who lives in Hudson Yards 101',
];

function signedRequest(body: string, contentType: string) {
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = createHmac('sha256', BENCH_SIGNING_SECRET)
    .update(`v0:${timestamp}:${body}`)
    .digest('hex');
  return {
    path: '/slack/events',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': `v0=${signature}`,
    },
    body,
  };
}

/**
 * Returns a generator of signed requests that alternates slash commands and button clicks. Each
 * has its own trigger id or action_ts, so Frontdesk's redelivery check never drops one.
 */
export function slackTraffic(responseBase: string) {
  let sequence = 0;
  return () => {
    sequence += 1;
    const responseUrl = `${responseBase}/response/${sequence}`;
    if (sequence % 2 === 1) {
      const body = new URLSearchParams({
        team_id: 'TBENCH001',
        channel_id: 'CBENCH001',
        user_id: 'UBENCHUSER',
        command: '/frontdesk',
        text: COMMANDS[sequence % COMMANDS.length]!,
        api_app_id: 'ABENCH001',
        response_url: responseUrl,
        trigger_id: `trigger-${sequence}`,
      }).toString();
      return signedRequest(body, 'application/x-www-form-urlencoded');
    }
    const payload = {
      type: 'block_actions',
      team: { id: 'TBENCH001', domain: 'bench' },
      user: { id: 'UBENCHUSER', username: 'bench', team_id: 'TBENCH001' },
      api_app_id: 'ABENCH001',
      container: { type: 'message', message_ts: '1700000000.000001', channel_id: 'CBENCH001' },
      trigger_id: `trigger-${sequence}`,
      channel: { id: 'CBENCH001', name: 'front-office' },
      message: { type: 'message', ts: '1700000000.000001', text: 'card', blocks: [] },
      response_url: responseUrl,
      // A proposal id the store does not hold: the core looks it up and replies that it expired.
      actions: [
        {
          type: 'button',
          action_id: 'fd.cancel.0',
          block_id: 'actions',
          text: { type: 'plain_text', text: 'Cancel' },
          value: `bench-proposal-${sequence}`,
          action_ts: `${Date.now() / 1000}.${sequence}`,
        },
      ],
    };
    const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    return signedRequest(body, 'application/x-www-form-urlencoded');
  };
}
