import type { ActionId } from '../../../src/bot/replies.js';

/** Matches every action_id Frontdesk renders, for one Bolt listener. */
export const FRONTDESK_ACTION = /^fd\.[a-z_]+\.\d+$/;

/**
 * Builds a Slack action_id. The index keeps ids unique within a block, which Slack requires
 * even when two buttons carry the same core action, such as two choices of one question.
 */
export function encodeActionId(id: ActionId, index: number): string {
  return `fd.${id}.${index}`;
}

/**
 * Returns the core's action id (a core action or an extension's `<name>_<verb>`), or null for an
 * action_id Frontdesk did not render. The core answers ids it does not know with a plain reply.
 */
export function decodeActionId(actionId: string): ActionId | null {
  return /^fd\.([a-z_]+)\.\d+$/.exec(actionId)?.[1] ?? null;
}
