import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { SANDBOX_SITES, SANDBOX_TEAM_ID } from '../../src/sandbox/index.js';
import {
  cardActionActivity,
  mentionActivity,
  messageActivity,
  OTHER_USER,
} from './helpers/activities.js';
import { actionNamed, actionsOf, cardOf, textOf } from './helpers/card-queries.js';
import { startTeamsFrontdesk, type TeamsFrontdesk } from './helpers/teams-harness.js';

const MOVE_IN = 'move in Jane Doe to Hudson 102 on March 1';

async function residentsNamedJane(harness: TeamsFrontdesk) {
  const residents = await harness.runtime.client.listResidents(
    SANDBOX_TEAM_ID,
    SANDBOX_SITES.hudsonYards,
  );
  return residents.filter(
    (resident) => resident.firstName === 'Jane' && resident.lastName === 'Doe',
  );
}

describe('Teams message to scheduled move-in', () => {
  let harness: TeamsFrontdesk;

  beforeEach(async () => {
    harness = await startTeamsFrontdesk();
  });

  afterEach(async () => {
    await harness.close();
  });

  async function postMoveInCard() {
    const serviceUrl = harness.connector.serviceUrl;
    const response = await harness.post(messageActivity(MOVE_IN, { serviceUrl }));
    const [posted] = await harness.connector.waitFor('POST', 1);
    return { response, posted: posted!, card: cardOf(posted!.activity) };
  }

  it('answers a personal message with a confirm card', async () => {
    const { response, posted, card } = await postMoveInCard();

    expect(response.status).toBe(200);
    expect(posted.authorized).toBe(true);
    expect(posted.conversationId).toBe('a:fake-personal-chat');
    expect(actionsOf(card).map((action) => action.title)).toEqual(['Confirm', 'Edit', 'Cancel']);
    expect(actionsOf(card).every((action) => action.type === 'Action.Execute')).toBe(true);
    expect(textOf(card)).toContain('Hudson 102');
    expect(textOf(card)).toContain('Mon, Mar 1, 2027');
  });

  it('strips the bot mention in a channel', async () => {
    const serviceUrl = harness.connector.serviceUrl;
    await harness.post(mentionActivity(MOVE_IN, { serviceUrl }));
    const [posted] = await harness.connector.waitFor('POST', 1);

    expect(posted!.conversationId).toBe('19:fake-channel@thread.tacv2');
    expect(textOf(cardOf(posted!.activity))).toContain('Move in Jane Doe');
  });

  it('schedules the resident on Confirm and updates the card', async () => {
    const { card } = await postMoveInCard();
    const confirm = actionNamed(card, 'Confirm');
    const serviceUrl = harness.connector.serviceUrl;

    const response = await harness.post(
      cardActionActivity(confirm.verb, confirm.data, 'msg-1', { serviceUrl, from: OTHER_USER }),
    );
    const [update] = await harness.connector.waitFor('PUT', 1);

    expect(response.status).toBe(200);
    expect((response.body as { type: string }).type).toBe(
      'application/vnd.microsoft.card.adaptive',
    );
    expect(textOf(cardOf(response.body))).toContain('Sam Park');
    expect(update!.activityId).toBe('msg-1');
    expect(textOf(cardOf(update!.activity))).toContain('Confirmed by Sam Park');
    expect(actionsOf(cardOf(update!.activity)).map((action) => action.title)).not.toContain(
      'Confirm',
    );
    expect(await residentsNamedJane(harness)).toHaveLength(1);
  });

  it('sends one ElevenOS write for the same Confirm twice', async () => {
    const { card } = await postMoveInCard();
    const confirm = actionNamed(card, 'Confirm');
    const serviceUrl = harness.connector.serviceUrl;
    const click = cardActionActivity(confirm.verb, confirm.data, 'msg-1', { serviceUrl });

    await harness.post(click);
    const second = await harness.post(click);
    await harness.idle();

    expect(harness.sandbox.requests.count('addResident')).toBe(1);
    expect(textOf(cardOf(second.body))).toContain('Confirmed by Maria Lopez');
    expect(await residentsNamedJane(harness)).toHaveLength(1);
  });

  it('settles a question card and posts the next card', async () => {
    const serviceUrl = harness.connector.serviceUrl;
    await harness.post(messageActivity('move out Sam Lee on Dec 31', { serviceUrl }));
    const [question] = await harness.connector.waitFor('POST', 1);
    const choice = actionsOf(cardOf(question!.activity)).find((action) =>
      action.title.includes('Hudson 101'),
    )!;

    await harness.post(cardActionActivity(choice.verb, choice.data, 'msg-1', { serviceUrl }));
    const [settled] = await harness.connector.waitFor('PUT', 1);
    const posts = await harness.connector.waitFor('POST', 2);

    expect(textOf(cardOf(settled!.activity))).toContain(`Maria Lopez picked ${choice.title}`);
    expect(actionsOf(cardOf(settled!.activity))).toEqual([]);
    expect(textOf(cardOf(posts[1]!.activity))).toContain('Move out Sam Lee · Hudson 101');
  });
});
