import type { EditField, EditForm } from '../../../src/bot/edit-form.js';
import type { Card } from '../../../src/bot/replies.js';
import { adaptiveCard, textBlock, type AdaptiveCardJson } from './adaptive-card.js';
import type { CardSeal } from './card-seal.js';
import { FORM_BACK, FORM_SAVE } from './card-verbs.js';

const LABELS: Record<EditField, string> = {
  firstName: 'First name',
  lastName: 'Last name',
  email: 'Email',
  phone: 'Phone',
  unit: 'Unit',
  startDate: 'Wi-Fi starts on',
  endDate: 'Wi-Fi ends on (leave empty for no end date)',
};

const TITLES: Record<EditForm['intent'], string> = {
  move_in: 'Edit the move-in',
  move_out: 'Edit the move-out',
  purge: 'Edit the purge',
  reschedule: 'Edit the new dates',
  transfer: 'Edit the transfer',
};

function fieldInput(form: EditForm, field: EditField): Record<string, unknown> {
  const label = field === 'startDate' && form.intent === 'transfer' ? 'Transfer on' : LABELS[field];
  const value = form.values[field] ?? undefined;
  const common = { id: field, label, ...(value === undefined || value === null ? {} : { value }) };
  switch (field) {
    case 'unit':
      return {
        type: 'Input.ChoiceSet',
        ...common,
        style: 'filtered',
        isRequired: true,
        errorMessage: 'Pick a unit from the list.',
        choices: form.unitGroups.flatMap((group) =>
          group.options.map((option) => ({ title: option.label, value: option.key })),
        ),
      };
    case 'startDate':
      return { type: 'Input.Date', ...common, isRequired: true, errorMessage: 'Pick a date.' };
    case 'endDate':
      return { type: 'Input.Date', ...common };
    case 'firstName':
    case 'lastName':
      return {
        type: 'Input.Text',
        ...common,
        isRequired: true,
        errorMessage: 'A name is required.',
      };
    case 'email':
      return { type: 'Input.Text', ...common, style: 'Email' };
    case 'phone':
      return { type: 'Input.Text', ...common, style: 'Tel' };
  }
}

/**
 * The form that edits an open proposal: one input per field the proposal can change, each with
 * the core's message for it under it after a rejected save. Back shows `original` again.
 */
export function renderEditForm(
  form: EditForm,
  original: Card,
  seal: CardSeal,
  errors: Partial<Record<EditField, string>> = {},
): AdaptiveCardJson {
  const body: Record<string, unknown>[] = [
    textBlock(TITLES[form.intent], { weight: 'Bolder', size: 'Medium' }),
    textBlock(original.title, { isSubtle: true, spacing: 'None' }),
  ];
  if (Object.keys(errors).length > 0) {
    body.push(
      textBlock('Nothing was changed. Fix the fields marked below.', { color: 'Attention' }),
    );
  }
  for (const field of form.fields) {
    body.push(fieldInput(form, field));
    const error = errors[field];
    if (error !== undefined) {
      body.push(textBlock(error, { color: 'Attention', size: 'Small', spacing: 'None' }));
    }
  }
  const source = seal.seal(original);
  return adaptiveCard(
    body,
    [
      {
        type: 'Action.Execute',
        title: 'Save changes',
        verb: FORM_SAVE,
        style: 'positive',
        data: { value: form.proposalId, label: 'Save changes', source },
      },
      {
        type: 'Action.Execute',
        title: 'Back',
        verb: FORM_BACK,
        associatedInputs: 'none',
        data: { value: form.proposalId, label: 'Back', source },
      },
    ],
    `${TITLES[form.intent]}: ${original.fallbackText}`,
  );
}
