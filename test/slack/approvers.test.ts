import { afterEach, describe, expect, it } from '@jest/globals';

import { buttonsOf, messageTs, textOf } from './helpers/card-queries.js';
import type { RecordedCall } from './helpers/fake-slack-api.js';
import {
  startSlackFrontdesk,
  type SlackFrontdesk,
  type SlackFrontdeskOptions,
} from './helpers/frontdesk-harness.js';
import {
  blockActionPayload,
  interactionBody,
  sendToSlackEndpoint,
  slashCommandBody,
} from './helpers/slack-requests.js';
import { untilIdle } from './helpers/until-idle.js';

const FORM = 'application/x-www-form-urlencoded';

describe('approvers', () => {
  let harness: SlackFrontdesk;

  afterEach(async () => {
    await harness.close();
  });

  async function cardAndClick(
    options: SlackFrontdeskOptions,
    userId: string,
    groupMembers: string[] = [],
  ) {
    harness = await startSlackFrontdesk(options);
    harness.slack.groupMembers.set('SFAKEGRP01', groupMembers);
    const command = slashCommandBody({
      text: 'move in Jane Doe to Hudson 102 on March 1',
      responseUrl: harness.slack.responseUrl('cmd'),
    });
    await sendToSlackEndpoint(harness.baseUrl, command, FORM);
    const [card] = (await harness.slack.waitFor('chat.postMessage')) as [RecordedCall];
    const confirm = buttonsOf(card)[0]!;
    const click = blockActionPayload({
      actionId: confirm.actionId,
      value: confirm.value,
      userId,
      messageTs: messageTs(card),
      responseUrl: harness.slack.responseUrl('click'),
    });
    const response = await sendToSlackEndpoint(harness.baseUrl, interactionBody(click), FORM);
    await untilIdle(harness.adapter);
    return response;
  }

  it('tells a user outside the approvers who can confirm', async () => {
    const response = await cardAndClick(
      { config: { approvers: ['UFAKEBOSS1', 'UFAKEBOSS2'] } },
      'UFAKESAM01',
    );

    expect(response.status).toBe(200);
    const replies = harness.slack.callsTo('response_url');
    expect(replies).toHaveLength(1);
    expect(replies[0]!.body.response_type).toBe('ephemeral');
    expect(textOf(replies[0]!)).toContain(
      'Only <@UFAKEBOSS1> and <@UFAKEBOSS2> can confirm changes at this workspace',
    );
    expect(harness.slack.callsTo('chat.update')).toHaveLength(0);
    expect(harness.sandbox.requests.count('addResident')).toBe(0);
  });

  it('lets a listed approver confirm', async () => {
    await cardAndClick({ config: { approvers: ['UFAKEBOSS1'] } }, 'UFAKEBOSS1');

    expect(harness.sandbox.requests.count('addResident')).toBe(1);
    expect(textOf(harness.slack.callsTo('chat.update').at(-1)!)).toContain('Scheduled');
  });

  it('lets a member of the approver group confirm', async () => {
    await cardAndClick({ config: { approverGroup: 'SFAKEGRP01' } }, 'UFAKESAM01', ['UFAKESAM01']);

    expect(harness.slack.callsTo('usergroups.users.list')).toHaveLength(1);
    expect(harness.sandbox.requests.count('addResident')).toBe(1);
  });

  it('names the approver group to a user outside it', async () => {
    await cardAndClick({ config: { approverGroup: 'SFAKEGRP01' } }, 'UFAKESAM01', ['UFAKEBOSS1']);

    const replies = harness.slack.callsTo('response_url');
    expect(textOf(replies[0]!)).toContain('Only members of <!subteam^SFAKEGRP01> can confirm');
    expect(harness.sandbox.requests.count('addResident')).toBe(0);
  });
});
