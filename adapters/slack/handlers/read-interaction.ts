// Reads the parts of Slack interaction payloads (block_actions, view_submission) that Frontdesk
// uses. Bolt types the payloads, but checks none of their fields, so every field is narrowed
// here and a payload of another shape is read as null instead of throwing in a listener.
import { EDIT_FIELDS, type EditValues } from '../../../src/bot/edit-form.js';
import type { ActionId } from '../../../src/bot/replies.js';
import { decodeActionId } from '../block-kit/action-ids.js';
import { decodeEditTarget, type EditTarget } from '../block-kit/edit-modal.js';
import type { ClickedMessage } from './clicked-message.js';

/** A click on one of Frontdesk's buttons or selects, with the message it was on. */
export interface Click {
  id: ActionId;
  value: string;
  label: string;
  userId: string;
  triggerId: string;
  /** Slack's time of the click. With the user and message, it identifies a redelivery. */
  actionTs: string;
  clicked: ClickedMessage;
}

/** A submission of the edit modal. */
export interface EditSubmission {
  target: EditTarget;
  userId: string;
  viewId: string;
  /** The raw state, for the redelivery key. */
  state: unknown;
  values: EditValues;
}

type Fields = Record<string, unknown>;

function objectOf(value: unknown): Fields | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Fields)
    : null;
}

// Own properties only, so a key such as "constructor" never reaches Object.prototype.
function field(value: unknown, key: string): unknown {
  const object = objectOf(value);
  return object !== null && Object.hasOwn(object, key) ? object[key] : undefined;
}

function stringAt(value: unknown, ...path: string[]): string | undefined {
  const found = path.reduce<unknown>((current, key) => field(current, key), value);
  return typeof found === 'string' ? found : undefined;
}

/** Reads the message a block_actions payload came from, or returns null without a channel. */
export function readClickedMessage(body: unknown): ClickedMessage | null {
  const channelId = stringAt(body, 'channel', 'id') ?? stringAt(body, 'container', 'channel_id');
  const responseUrl = stringAt(body, 'response_url');
  if (channelId === undefined || responseUrl === undefined) return null;
  const message = field(body, 'message');
  const ephemeral = field(field(body, 'container'), 'is_ephemeral') === true;
  return {
    channelId,
    ts: ephemeral ? null : (stringAt(message, 'ts') ?? null),
    threadTs: stringAt(message, 'thread_ts'),
    responseUrl,
    blocks: field(message, 'blocks') ?? [],
    text: stringAt(message, 'text') ?? '',
  };
}

/** Reads one action of a block_actions payload, or returns null unless it is a Frontdesk click. */
export function readClick(body: unknown, action: unknown): Click | null {
  const actionId = stringAt(action, 'action_id');
  const id = actionId === undefined ? null : decodeActionId(actionId);
  const userId = stringAt(body, 'user', 'id');
  const clicked = readClickedMessage(body);
  if (id === null || userId === undefined || clicked === null) return null;

  const type = field(action, 'type');
  let value: string | undefined;
  let label: string | undefined;
  if (type === 'button') {
    value = stringAt(action, 'value');
    label = stringAt(action, 'text', 'text');
  } else if (type === 'static_select') {
    value = stringAt(action, 'selected_option', 'value');
    label = stringAt(action, 'selected_option', 'text', 'text');
  }
  if (value === undefined) return null;
  return {
    id,
    value,
    label: label ?? '',
    userId,
    triggerId: stringAt(body, 'trigger_id') ?? '',
    actionTs: stringAt(action, 'action_ts') ?? '',
    clicked,
  };
}

/** Reads the submitted form. A field left empty is null, and a field not in the form is absent. */
export function readEditState(state: unknown): EditValues {
  const values: EditValues = {};
  for (const name of EDIT_FIELDS) {
    const block = objectOf(field(state, name));
    if (block === null) continue;
    const input = Object.values(block)[0];
    values[name] =
      stringAt(input, 'value') ??
      stringAt(input, 'selected_date') ??
      stringAt(input, 'selected_option', 'value') ??
      null;
  }
  return values;
}

/** Reads an edit modal submission, or returns null when its metadata, user or view id is unusable. */
export function readEditSubmission(body: unknown, view: unknown): EditSubmission | null {
  const metadata = stringAt(view, 'private_metadata');
  const target = metadata === undefined ? null : decodeEditTarget(metadata);
  const userId = stringAt(body, 'user', 'id');
  const viewId = stringAt(view, 'id');
  if (target === null || userId === undefined || viewId === undefined) return null;
  const state = field(field(view, 'state'), 'values');
  return { target, userId, viewId, state, values: readEditState(state) };
}
