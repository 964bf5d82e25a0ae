import type { ActionId } from '../../../src/bot/replies.js';

const ACTION_IDS: readonly ActionId[] = [
  'confirm',
  'confirm_purge',
  'edit',
  'cancel',
  'retry',
  'undo',
  'answer',
];

/** Matches every action_id Frontdesk renders, for one Bolt listener. */
export const FRONTDESK_ACTION = /^fd\.[a-z_]+\.\d+$/;

/**
 * Builds a Slack action_id. The index keeps ids unique within a block, which Slack requires
 * even when two buttons carry the same core action, such as two answers.
 */
export function encodeActionId(id: ActionId, index: number): string {
  return `fd.${id}.${index}`;
}

/** The core's action id, or null for an action_id Frontdesk did not render. */
export function decodeActionId(actionId: string): ActionId | null {
  const match = /^fd\.([a-z_]+)\.\d+$/.exec(actionId);
  const id = match?.[1];
  return ACTION_IDS.find((each) => each === id) ?? null;
}

/** Actions that write to ElevenOS once the core runs them; only approvers may click them. */
export const WRITE_ACTIONS: ReadonlySet<ActionId> = new Set([
  'confirm',
  'confirm_purge',
  'retry',
  'undo',
]);
