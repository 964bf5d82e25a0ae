import type { EditField, EditForm, UnitOption } from '../../../src/bot/edit-form.js';
import { BLOCK_KIT_LIMITS as LIMITS, characterCount, truncate } from './limits.js';
import type {
  InputBlock,
  KnownBlock,
  ModalView,
  PlainTextOption,
  StaticSelect,
} from './slack-types.js';

type UnitGroup = NonNullable<StaticSelect['option_groups']>[number];

export const EDIT_VIEW_CALLBACK = 'fd.edit';
/** action_id of the type-ahead unit select, whose options Slack requests from Frontdesk. */
export const UNIT_SEARCH_ACTION = 'unit_search';

/** Location of the edited card, kept in the modal so the submission can replace it. */
export interface EditTarget {
  proposalId: string;
  channelId: string;
  /** The card's message, or null when it was ephemeral. */
  messageTs: string | null;
  /** The click's response_url, which replaces an ephemeral card. */
  responseUrl: string | null;
}

const TEXT_LABELS: Partial<Record<EditField, string>> = {
  firstName: 'First name',
  lastName: 'Last name',
  email: 'Email',
  phone: 'Phone',
  unit: 'Unit',
};

function label(field: EditField, intent: EditForm['intent']): string {
  if (field === 'startDate') {
    if (intent === 'transfer') return 'First day in the new unit';
    return intent === 'move_in' ? 'Move-in date (Wi-Fi starts)' : 'Wi-Fi starts';
  }
  if (field === 'endDate') return 'Move-out date (Wi-Fi ends)';
  return TEXT_LABELS[field] ?? field;
}

function optional(field: EditField, intent: EditForm['intent']): boolean {
  if (field === 'email' || field === 'phone' || field === 'endDate') return true;
  return field === 'startDate' && intent === 'reschedule';
}

function modal(blocks: KnownBlock[], metadata: string, withSubmit: boolean): ModalView {
  return {
    type: 'modal',
    callback_id: EDIT_VIEW_CALLBACK,
    private_metadata: metadata,
    title: { type: 'plain_text', text: 'Edit proposal' },
    ...(withSubmit ? { submit: { type: 'plain_text', text: 'Save' } } : {}),
    close: { type: 'plain_text', text: withSubmit ? 'Cancel' : 'Close' },
    blocks,
  };
}

function notice(text: string): KnownBlock {
  return { type: 'section', text: { type: 'plain_text', text } };
}

/** Encodes the target for private_metadata, leaving out the response_url if it would not fit. */
export function encodeEditTarget(target: EditTarget): string {
  const full = JSON.stringify(target);
  if (characterCount(full) <= LIMITS.privateMetadata) return full;
  return JSON.stringify({ ...target, responseUrl: null });
}

export function decodeEditTarget(metadata: string): EditTarget | null {
  try {
    const value = JSON.parse(metadata) as Partial<EditTarget>;
    if (typeof value.proposalId !== 'string' || typeof value.channelId !== 'string') return null;
    return {
      proposalId: value.proposalId,
      channelId: value.channelId,
      messageTs: typeof value.messageTs === 'string' ? value.messageTs : null,
      responseUrl: typeof value.responseUrl === 'string' ? value.responseUrl : null,
    };
  } catch {
    return null;
  }
}

/**
 * Builds the modal shown at once while the form loads, because a trigger_id expires after 3
 * seconds.
 */
export function loadingModal(target: EditTarget): ModalView {
  return modal([notice('Loading the proposal…')], encodeEditTarget(target), false);
}

export function unavailableModal(target: EditTarget): ModalView {
  return modal(
    [notice('This proposal can no longer be edited: it was confirmed, cancelled or has expired.')],
    encodeEditTarget(target),
    false,
  );
}

/** Builds the edit form: date pickers, a unit select grouped by building, and text inputs. */
export function renderEditModal(form: EditForm, target: EditTarget): ModalView {
  const metadata = encodeEditTarget(target);
  if (form.fields.length === 0) {
    return modal(
      [notice('A purge has nothing to edit. Cancel it and send a new command instead.')],
      metadata,
      false,
    );
  }
  const blocks = form.fields.map((field) => inputBlock(field, form));
  return modal(blocks, metadata, true);
}

function inputBlock(field: EditField, form: EditForm): InputBlock {
  const value = form.values[field] ?? null;
  const base = {
    type: 'input' as const,
    block_id: field,
    label: { type: 'plain_text' as const, text: label(field, form.intent) },
    optional: optional(field, form.intent),
  };
  if (field === 'startDate' || field === 'endDate') {
    return {
      ...base,
      element: {
        type: 'datepicker',
        action_id: 'value',
        ...(value === null ? {} : { initial_date: value }),
      },
    };
  }
  if (field === 'unit') return { ...base, element: unitSelect(form, value) };
  const initial =
    value === null ? {} : { initial_value: truncate(value, LIMITS.plainTextInitialValue) };
  if (field === 'email')
    return { ...base, element: { type: 'email_text_input', action_id: 'value', ...initial } };
  return { ...base, element: { type: 'plain_text_input', action_id: 'value', ...initial } };
}

function option(unit: UnitOption): PlainTextOption {
  return {
    text: { type: 'plain_text', text: truncate(unit.label, LIMITS.optionText) },
    value: unit.key,
  };
}

function fits(unit: UnitOption): boolean {
  return characterCount(unit.key) <= LIMITS.optionValue;
}

function unitSelect(form: EditForm, selectedKey: string | null): InputBlock['element'] {
  const all = form.unitGroups.flatMap((group) => group.options).filter(fits);
  const selected = all.find((unit) => unit.key === selectedKey);
  const initial = selected === undefined ? {} : { initial_option: option(selected) };
  // Slack's static select contains at most 100 options, so larger sites search as staff type.
  if (all.length > LIMITS.optionsPerSelect) {
    return {
      type: 'external_select',
      action_id: UNIT_SEARCH_ACTION,
      min_query_length: 1,
      placeholder: { type: 'plain_text', text: 'Type a building or unit' },
      ...initial,
    };
  }
  const named = form.unitGroups.filter((group) => group.building !== null);
  if (named.length > 1) {
    return {
      type: 'static_select',
      action_id: 'value',
      placeholder: { type: 'plain_text', text: 'Pick a unit' },
      option_groups: unitGroups(form.unitGroups),
      ...initial,
    };
  }
  return {
    type: 'static_select',
    action_id: 'value',
    placeholder: { type: 'plain_text', text: 'Pick a unit' },
    options: all.map(option),
    ...initial,
  };
}

function unitGroups(groups: EditForm['unitGroups']): UnitGroup[] {
  return groups
    .map((group) => ({
      label: {
        type: 'plain_text' as const,
        text: truncate(group.building ?? 'No building', LIMITS.optionGroupLabel),
      },
      options: group.options.filter(fits).map(option),
    }))
    .filter((group) => group.options.length > 0);
}

/**
 * Units matching what staff typed, grouped by building, at most 100 as Slack allows. Matches
 * every word in any order, so "102 hud" finds Hudson 102.
 */
export function searchUnitOptions(form: EditForm, query: string): UnitGroup[] {
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word !== '');
  let room: number = LIMITS.optionsPerSelect;
  const groups: UnitGroup[] = [];
  for (const group of form.unitGroups) {
    if (room === 0) break;
    const matches = group.options
      .filter(fits)
      .filter((unit) => words.every((word) => unit.label.toLowerCase().includes(word)))
      .slice(0, room);
    if (matches.length === 0) continue;
    room -= matches.length;
    groups.push({
      label: {
        type: 'plain_text',
        text: truncate(group.building ?? 'No building', LIMITS.optionGroupLabel),
      },
      options: matches.map(option),
    });
  }
  return groups;
}
