import { afterEach, describe, expect, it } from '@jest/globals';

import { SANDBOX_RESIDENT_IDS, SANDBOX_SITES, SANDBOX_TEAM_ID } from '../../src/sandbox/index.js';
import { startConsole, type ConsoleHarness } from '../helpers/console-harness.js';
import { buttonsOf, messageTs, textOf } from '../slack/helpers/card-queries.js';
import type { RecordedCall } from '../slack/helpers/fake-slack-api.js';
import { startSlackFrontdesk, type SlackFrontdesk } from '../slack/helpers/frontdesk-harness.js';
import {
  blockActionPayload,
  interactionBody,
  sendToSlackEndpoint,
  slashCommandBody,
} from '../slack/helpers/slack-requests.js';
import { untilIdle } from '../slack/helpers/until-idle.js';

const CONSOLE = { platform: 'console', channelId: 'local' } as const;
const YOU = { id: 'console', displayName: '@you' };
const PURGE_PATH = 'POST /team/{teamId}/site/{siteId}/resident/{residentId}/terminate-and-purge';
const FORM = 'application/x-www-form-urlencoded';

describe('single purge in the console', () => {
  let chat: ConsoleHarness;

  afterEach(async () => {
    await chat.close();
  });

  async function purgeCard(): Promise<string> {
    chat = await startConsole();
    await chat.say('terminate and purge Nora Blake');
    const purge = chat.latestCard()!.actions.find((action) => action.id === 'confirm')!;
    expect(purge.label).toBe('Purge…');
    return purge.value;
  }

  function click(actionId: string, value: string) {
    return chat.runtime.frontdesk.handleAction({
      actor: YOU,
      conversation: CONSOLE,
      actionId,
      value,
    });
  }

  it('asks again before it purges', async () => {
    await purgeCard();

    const check = await chat.say('yes');
    const writesAfterCheck = chat.writes();
    const done = await chat.say('yes');

    expect(check).toContain('This deletes the resident record for good and cannot be undone.');
    expect(writesAfterCheck).toEqual([]);
    expect(done).toContain('Purged: Nora Blake');
    expect(chat.writes()).toEqual([PURGE_PATH]);
  });

  it('asks instead of running a Yes, purge sent first', async () => {
    const proposalId = await purgeCard();

    const forged = await click('confirm_purge', proposalId);

    expect(forged.update?.actions.map((action) => action.id)).toEqual(['confirm_purge', 'cancel']);
    expect(chat.writes()).toEqual([]);

    await click('confirm_purge', proposalId);
    expect(chat.writes()).toEqual([PURGE_PATH]);
  });

  it('asks instead of running a Retry on an open purge', async () => {
    const proposalId = await purgeCard();

    const forged = await click('retry', proposalId);

    expect(forged.update?.notes.join(' ')).toContain('cannot be undone');
    expect(chat.writes()).toEqual([]);
  });

  it('lets undo remove only the record its move-in created', async () => {
    chat = await startConsole();
    await chat.say('move in Jane Doe jane@example.com to Hudson 102 on March 1');
    await chat.say('yes');

    const undone = await chat.say('undo');

    // Undo is not a purge: it deletes the still-scheduled record the move-in made minutes ago.
    expect(undone).toContain('Undone: the scheduled move-in was removed from ElevenOS.');
    expect(chat.writes()).toEqual(['POST /team/{teamId}/site/{siteId}/resident', PURGE_PATH]);
    const residents = await chat.runtime.client.listResidents(
      SANDBOX_TEAM_ID,
      SANDBOX_SITES.hudsonYards,
    );
    expect(residents.some((each) => each.residentId === SANDBOX_RESIDENT_IDS.noraBlake)).toBe(true);
  });
});

describe('purge through Slack', () => {
  let harness: SlackFrontdesk;

  afterEach(async () => {
    await harness.close();
  });

  async function postCommand(text: string, via: string): Promise<RecordedCall> {
    harness = await startSlackFrontdesk();
    const body = slashCommandBody({ text, responseUrl: harness.slack.responseUrl('cmd') });
    await sendToSlackEndpoint(harness.baseUrl, body, FORM);
    const [card] = await harness.slack.waitFor(via);
    return card!;
  }

  async function clickButton(
    card: RecordedCall,
    label: string,
    actionTs: string,
    ts = messageTs(card),
  ): Promise<void> {
    const button = buttonsOf(card).find((each) => each.label.startsWith(label))!;
    const click = blockActionPayload({
      actionId: button.actionId,
      value: button.value,
      label: button.label,
      userId: 'UFAKEMARIA',
      messageTs: ts,
      responseUrl: harness.slack.responseUrl(`click-${actionTs}`),
      actionTs,
    });
    await sendToSlackEndpoint(harness.baseUrl, interactionBody(click), FORM);
    await untilIdle(harness.adapter);
  }

  it('asks again after Purge on a slash command card', async () => {
    const card = await postCommand('terminate and purge Nora Blake', 'chat.postMessage');

    await clickButton(card, 'Purge', '1700000001.000001');

    const check = harness.slack.callsTo('chat.update').at(-1)!;
    expect(textOf(check)).toContain('cannot be undone');
    expect(buttonsOf(check).map((button) => button.label)).toEqual([
      'Yes, purge',
      'Keep the resident',
    ]);
    expect(harness.sandbox.requests.count('purgeResident')).toBe(0);

    await clickButton(check, 'Yes, purge', '1700000002.000001');
    expect(harness.sandbox.requests.count('purgeResident')).toBe(1);
  });

  it('asks for the count after Purge on a bulk preview', async () => {
    // The preview is posted to the slash command's response_url, so it has no ts of its own.
    const card = await postCommand('purge all terminated residents at Hudson', 'response_url');

    await clickButton(card, 'Purge', '1700000003.000001', '1700000000.000100');

    const sent = harness.slack.calls.map(textOf).join(' ');
    expect(sent).toContain('Type 1 to purge this resident for good');
    expect(harness.sandbox.requests.count('purgeResident')).toBe(0);
  });
});
