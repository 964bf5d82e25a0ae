import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { cardOf, textOf } from './helpers/card-queries.js';
import { click, say } from './helpers/flows.js';
import { startTeamsFrontdesk, type TeamsFrontdesk } from './helpers/teams-harness.js';

describe('Teams edit form', () => {
  let harness: TeamsFrontdesk;

  beforeEach(async () => {
    harness = await startTeamsFrontdesk();
  });

  afterEach(async () => {
    await harness.close();
  });

  async function openForm() {
    const open = await say(harness, 'move in Jane Doe to Hudson 102 on March 1');
    const response = await click(harness, open.card, 'Edit', open.messageId);
    return { open, form: cardOf(response.body) };
  }

  it('shows date inputs, a unit choice and contact fields', async () => {
    const { form } = await openForm();
    const inputs = form.body.filter((element) => String(element.type).startsWith('Input.'));

    expect(inputs.map((input) => [input.id, input.type])).toEqual([
      ['firstName', 'Input.Text'],
      ['lastName', 'Input.Text'],
      ['email', 'Input.Text'],
      ['phone', 'Input.Text'],
      ['unit', 'Input.ChoiceSet'],
      ['startDate', 'Input.Date'],
      ['endDate', 'Input.Date'],
    ]);
    expect(inputs.find((input) => input.id === 'startDate')?.value).toBe('2027-03-01');
    const unit = inputs.find((input) => input.id === 'unit');
    expect((unit?.choices as { title: string }[]).map((choice) => choice.title)).toContain(
      'Hudson 102',
    );
  });

  it('shows the validation message of a bad field', async () => {
    const { open, form } = await openForm();

    const response = await click(harness, form, 'Save changes', open.messageId, {
      email: 'jane-at-example',
    });

    expect(textOf(cardOf(response.body))).toContain('Enter an email such as jane@example.com.');
    expect(harness.connector.calls.filter((call) => call.method === 'PUT')).toHaveLength(0);
  });

  it('replaces the card with the edited proposal for everyone', async () => {
    const { open, form } = await openForm();

    const response = await click(harness, form, 'Save changes', open.messageId, {
      startDate: '2027-03-03',
    });
    const [update] = await harness.connector.waitFor('PUT', 1);

    expect(textOf(cardOf(response.body))).toContain('Wed, Mar 3, 2027');
    expect(update!.activityId).toBe(open.messageId);
    expect(textOf(cardOf(update!.activity))).toContain('Wed, Mar 3, 2027');
  });

  it('goes back to the card unchanged', async () => {
    const { open, form } = await openForm();

    const response = await click(harness, form, 'Back', open.messageId);

    expect(cardOf(response.body).body).toEqual(open.card.body);
  });

  it('ignores an altered card in the action data', async () => {
    const { open, form } = await openForm();
    const back = form.actions!.find((action) => action.title === 'Back')!;
    const source = back.data.source as { card: { title: string } };
    source.card.title = 'Payroll approved';

    const response = await click(
      harness,
      { ...form, actions: [{ ...back, data: { ...back.data, source } }] },
      'Back',
      open.messageId,
    );

    expect(JSON.stringify(response.body)).not.toContain('Payroll approved');
  });
});
