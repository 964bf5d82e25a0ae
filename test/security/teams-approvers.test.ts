import { afterEach, describe, expect, it } from '@jest/globals';

import { ConfigError } from '../../src/errors.js';
import { loadConfig } from '../../src/config.js';
import { SANDBOX_SITES, SANDBOX_TEAM_ID } from '../../src/sandbox/index.js';
import { cardActionActivity, messageActivity, PERSONAL_CHAT } from '../teams/helpers/activities.js';
import { actionNamed, cardOf, textOf, type CardJson } from '../teams/helpers/card-queries.js';
import { startTeamsFrontdesk, type TeamsFrontdesk } from '../teams/helpers/teams-harness.js';

const BOSS = {
  id: '29:fake-user-boss',
  name: 'Rosa Diaz',
  aadObjectId: '0b0b0b0b-1111-4222-8333-444444444444',
};
const CLERK = {
  id: '29:fake-user-clerk',
  name: 'Sam Park',
  aadObjectId: '0c0c0c0c-1111-4222-8333-555555555555',
};
const MOVE_IN = 'move in Jane Doe to Hudson 102 on March 1';

function teamsVariables(): Record<string, string> {
  return {
    MicrosoftAppId: '11111111-2222-4333-8444-555555555555',
    MicrosoftAppPassword: 'app-secret-value',
    MicrosoftAppTenantId: '99999999-8888-4777-8666-555555555555',
    MicrosoftAppType: 'SingleTenant',
  };
}

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('TEAMS_APPROVERS', () => {
  it('reads object ids in lower case', () => {
    const config = loadConfig({
      ...teamsVariables(),
      TEAMS_APPROVERS: ` ${BOSS.aadObjectId.toUpperCase()} , ${CLERK.aadObjectId}`,
    });

    expect(config.teams?.approvers).toEqual([BOSS.aadObjectId, CLERK.aadObjectId]);
  });

  it('rejects an id that is not an Entra object id', () => {
    expect(problems({ ...teamsVariables(), TEAMS_APPROVERS: '29:fake-user-boss' })).toEqual([
      expect.stringMatching(/^TEAMS_APPROVERS: must list Microsoft Entra object ids/),
    ]);
  });

  it('rejects approvers without a Teams registration', () => {
    expect(problems({ TEAMS_APPROVERS: BOSS.aadObjectId })).toEqual([
      'TEAMS_APPROVERS: set without MicrosoftAppId; Teams needs the app registration too',
    ]);
  });
});

describe('Teams approvers', () => {
  let harness: TeamsFrontdesk;

  afterEach(async () => {
    await harness.close();
  });

  async function start(): Promise<void> {
    harness = await startTeamsFrontdesk({ env: { TEAMS_APPROVERS: BOSS.aadObjectId } });
  }

  async function say(text: string, from: typeof BOSS): Promise<Record<string, unknown>> {
    const before = harness.connector.calls.filter((call) => call.method === 'POST').length;
    await harness.post(messageActivity(text, { serviceUrl: harness.connector.serviceUrl, from }));
    const posts = await harness.connector.waitFor('POST', before + 1);
    return posts[before]!.activity;
  }

  async function click(card: CardJson, title: string, from: typeof BOSS) {
    const action = actionNamed(card, title);
    const activity = cardActionActivity(action.verb, action.data, 'msg-1', {
      serviceUrl: harness.connector.serviceUrl,
      from,
    });
    const response = await harness.post(activity);
    await harness.idle();
    return response;
  }

  async function janeCount(): Promise<number> {
    const residents = await harness.runtime.client.listResidents(
      SANDBOX_TEAM_ID,
      SANDBOX_SITES.hudsonYards,
    );
    return residents.filter((each) => each.firstName === 'Jane').length;
  }

  it('tells a user outside the list who can confirm', async () => {
    await start();
    // The approver writes once, so the bot has seen the name that goes with the id.
    await say('sites', BOSS);
    const card = cardOf(await say(MOVE_IN, CLERK));

    const response = await click(card, 'Confirm', CLERK);

    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: 'Only Rosa Diaz can confirm changes in this organization. Nothing was changed.',
    });
    expect(harness.sandbox.requests.count('addResident')).toBe(0);
    expect(await janeCount()).toBe(0);
  });

  it('counts approvers whose names it has not seen', async () => {
    await start();
    const card = cardOf(await say(MOVE_IN, CLERK));

    const response = await click(card, 'Confirm', CLERK);

    expect((response.body as { value: string }).value).toBe(
      'Only the approver set for this bot can confirm changes in this organization. Nothing was changed.',
    );
  });

  it('rejects an edit from a user outside the list', async () => {
    await start();
    const card = cardOf(await say(MOVE_IN, CLERK));

    const response = await click(card, 'Edit', CLERK);

    expect((response.body as { value: string }).value).toContain('can confirm changes');
  });

  it('lets a listed approver confirm', async () => {
    await start();
    const card = cardOf(await say(MOVE_IN, CLERK));

    await click(card, 'Confirm', BOSS);

    expect(harness.sandbox.requests.count('addResident')).toBe(1);
    expect(await janeCount()).toBe(1);
  });

  it('lets only approvers bind a channel', async () => {
    await start();
    await say('sites', BOSS);

    const rejected = await say('bind this channel to Hudson Yards', CLERK);
    const bound = await say('bind this channel to Hudson Yards', BOSS);
    const unbind = await say('unbind this channel', CLERK);

    expect(textOf(cardOf(rejected))).toBe(
      'Only Rosa Diaz can bind or unbind this channel. Nothing was changed.',
    );
    expect(textOf(cardOf(bound))).toContain('This channel is now bound to Hudson Yards');
    expect(textOf(cardOf(unbind))).toBe(
      'Only Rosa Diaz can bind or unbind this channel. Nothing was changed.',
    );
    expect(await harness.runtime.store.getChannelSite(`teams:${PERSONAL_CHAT}`)).toBe(
      SANDBOX_SITES.hudsonYards,
    );
  });

  it('lets anyone confirm and bind without a list', async () => {
    harness = await startTeamsFrontdesk();
    const card = cardOf(await say(MOVE_IN, CLERK));

    await click(card, 'Confirm', CLERK);
    const bound = await say('bind this channel to Hudson Yards', CLERK);

    expect(await janeCount()).toBe(1);
    expect(textOf(cardOf(bound))).toContain('This channel is now bound to Hudson Yards');
  });
});
