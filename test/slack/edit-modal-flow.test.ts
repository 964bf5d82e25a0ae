import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { buttonsOf, messageTs, textOf } from './helpers/card-queries.js';
import type { RecordedCall } from './helpers/fake-slack-api.js';
import { startSlackFrontdesk, type SlackFrontdesk } from './helpers/frontdesk-harness.js';
import {
  blockActionPayload,
  interactionBody,
  sendToSlackEndpoint,
  slashCommandBody,
  viewSubmissionPayload,
} from './helpers/slack-requests.js';

const FORM = 'application/x-www-form-urlencoded';

interface ViewBlock {
  type: string;
  block_id?: string;
  element?: { type: string; option_groups?: { label: { text: string } }[]; initial_date?: string };
}

function datePick(date: string | null) {
  return { value: { type: 'datepicker', selected_date: date } };
}

function textInput(value: string | null) {
  return { value: { type: 'plain_text_input', value } };
}

describe('edit modal', () => {
  let harness: SlackFrontdesk;
  let card: RecordedCall;
  let form: { private_metadata: string; blocks: ViewBlock[] };

  beforeEach(async () => {
    harness = await startSlackFrontdesk();
    const command = slashCommandBody({
      text: 'move in Jane Doe to Hudson 102 on March 1',
      responseUrl: harness.slack.responseUrl('cmd'),
    });
    await sendToSlackEndpoint(harness.baseUrl, command, FORM);
    [card] = (await harness.slack.waitFor('chat.postMessage')) as [RecordedCall];
    const edit = buttonsOf(card).find((button) => button.label === 'Edit')!;
    const click = blockActionPayload({
      actionId: edit.actionId,
      value: edit.value,
      messageTs: messageTs(card),
      responseUrl: harness.slack.responseUrl('click'),
      triggerId: 'trigger-edit',
    });
    await sendToSlackEndpoint(harness.baseUrl, interactionBody(click), FORM);
    const [update] = await harness.slack.waitFor('views.update');
    form = update!.body.view as typeof form;
  });

  afterEach(async () => {
    await harness.close();
  });

  function submit(values: Record<string, Record<string, unknown>>) {
    const payload = viewSubmissionPayload({ privateMetadata: form.private_metadata, values });
    return sendToSlackEndpoint(harness.baseUrl, interactionBody(payload), FORM);
  }

  function currentValues(overrides: Record<string, Record<string, unknown>>) {
    return {
      firstName: textInput('Jane'),
      lastName: textInput('Doe'),
      email: { value: { type: 'email_text_input', value: null } },
      phone: textInput(null),
      unit: { value: { type: 'static_select', selected_option: { value: 'Hudson|1|102' } } },
      startDate: datePick('2027-03-01'),
      endDate: datePick(null),
      ...overrides,
    };
  }

  it('opens a placeholder with the trigger, then the form', () => {
    const [opened] = harness.slack.callsTo('views.open');

    expect(opened!.body.trigger_id).toBe('trigger-edit');
    expect(JSON.stringify(opened!.body.view)).toContain('Loading');
    expect(form.blocks.map((block) => block.block_id)).toEqual([
      'firstName',
      'lastName',
      'email',
      'phone',
      'unit',
      'startDate',
      'endDate',
    ]);
  });

  it('offers date pickers and units grouped by building', () => {
    const byId = new Map(form.blocks.map((block) => [block.block_id, block]));

    expect(byId.get('startDate')!.element!.type).toBe('datepicker');
    expect(byId.get('startDate')!.element!.initial_date).toBe('2027-03-01');
    expect(byId.get('endDate')!.element!.type).toBe('datepicker');
    expect(byId.get('unit')!.element!.type).toBe('static_select');
    const groups = byId.get('unit')!.element!.option_groups!.map((group) => group.label.text);
    expect(groups).toEqual(expect.arrayContaining(['Hudson']));
    expect(groups.length).toBeGreaterThan(1);
  });

  it('answers an end before the start with a field error', async () => {
    const response = await submit(currentValues({ endDate: datePick('2027-02-01') }));

    expect(response.status).toBe(200);
    const body = JSON.parse(response.body) as { response_action: string; errors: object };
    expect(body.response_action).toBe('errors');
    expect(Object.keys(body.errors)).toEqual(['endDate']);
    expect(harness.slack.callsTo('chat.update')).toHaveLength(0);
  });

  it('replaces the card with the edited proposal', async () => {
    const response = await submit(currentValues({ startDate: datePick('2027-03-03') }));
    const [update] = await harness.slack.waitFor('chat.update');

    expect(response.status).toBe(200);
    expect(response.body).toBe('');
    expect(update!.body.ts).toBe(messageTs(card));
    expect(textOf(update!)).toContain('Wed, Mar 3, 2027');
    expect(buttonsOf(update!).map((button) => button.label)).toEqual(['Confirm', 'Edit', 'Cancel']);
    expect(harness.sandbox.requests.count('addResident')).toBe(0);
  });
});
