import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { messageActivity } from './helpers/activities.js';
import { cardOf, textOf } from './helpers/card-queries.js';
import { cardWarnings } from './helpers/card-warnings.js';
import { click, say } from './helpers/flows.js';
import { startTeamsFrontdesk, type TeamsFrontdesk } from './helpers/teams-harness.js';

describe('Teams answers within its time limits', () => {
  let harness: TeamsFrontdesk;

  beforeEach(async () => {
    harness = await startTeamsFrontdesk();
  });

  afterEach(async () => {
    await harness.close();
  });

  it('answers a message at once while the mapping lookup takes 5 s', async () => {
    harness.sandbox.faults.configure({ routeLatencyMs: { getMappings: 5_000 } });

    const response = await harness.post(
      messageActivity('move in Jane Doe to Hudson 102 on March 1', {
        serviceUrl: harness.connector.serviceUrl,
      }),
    );
    const [posted] = await harness.connector.waitFor('POST', 1, 15_000);

    expect(response.status).toBe(200);
    expect(response.elapsedMs).toBeLessThan(2_500);
    expect(textOf(cardOf(posted!.activity))).toContain('Move in Jane Doe');
  }, 20_000);

  it('shows a working card while ElevenOS takes 6 s, then the outcome', async () => {
    const open = await say(harness, 'move in Jane Doe to Hudson 102 on March 1');
    harness.sandbox.faults.configure({ routeLatencyMs: { addResident: 6_000 } });

    const response = await click(harness, open.card, 'Confirm', open.messageId);
    const working = cardOf(response.body);
    const updates = await harness.connector.waitFor('PUT', 2, 15_000);

    expect(response.elapsedMs).toBeLessThan(4_000);
    expect(textOf(working)).toContain('sending to ElevenOS');
    expect(working.actions ?? []).toEqual([]);
    expect(cardWarnings(working)).toEqual([]);
    expect(textOf(cardOf(updates[0]!.activity))).toContain('sending to ElevenOS');
    expect(textOf(cardOf(updates[1]!.activity))).toContain('Confirmed by Maria Lopez');
  }, 20_000);
});
