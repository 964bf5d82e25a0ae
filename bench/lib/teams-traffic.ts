import { APP_ID, TENANT_ID } from '../../test/teams/helpers/fake-identity.js';

const COMMANDS = [
  'upcoming at Hudson Yards',
  'move in Jane Doe to Hudson Yards 102 on March 1',
  'who lives in Hudson Yards 101',
];

/**
 * Returns a generator of personal-chat messages as the Bot Connector posts them, each with its
 * own activity id so Frontdesk's redelivery check never drops one.
 */
export function teamsTraffic(serviceUrl: string, channelToken: string) {
  let sequence = 0;
  return () => {
    sequence += 1;
    const activity = {
      type: 'message',
      id: `bench-activity-${sequence}-${Date.now()}`,
      channelId: 'msteams',
      serviceUrl,
      timestamp: new Date().toISOString(),
      from: { id: '29:bench-user', name: 'Bench User', aadObjectId: 'aad-bench' },
      recipient: { id: `28:${APP_ID}`, name: 'Frontdesk' },
      conversation: {
        id: 'a:bench-personal-chat',
        conversationType: 'personal',
        tenantId: TENANT_ID,
      },
      channelData: { tenant: { id: TENANT_ID } },
      text: COMMANDS[sequence % COMMANDS.length]!,
      textFormat: 'plain',
    };
    return {
      path: '/api/messages',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${channelToken}` },
      body: JSON.stringify(activity),
    };
  };
}
