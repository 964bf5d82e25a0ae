import { z } from 'zod';

import type { ActionId } from '../../../src/bot/replies.js';
import type { SealedCard } from './card-seal.js';

// Action.Execute verbs: "action:<id>" for the core's actions and extensions', "form:<step>" for
// the edit form, which the adapter handles itself.
const ACTION_PREFIX = 'action:';
export const FORM_SAVE = 'form:save';
export const FORM_BACK = 'form:back';

/** What every Action.Execute on a Frontdesk card sends back. */
export interface ActionData {
  /** The action's value: a proposal id, or a question's choice. */
  value: string;
  /** The button's label, for "@maria picked Hudson 101". */
  label: string;
  /** The card the button is on, sealed. */
  source: SealedCard;
}

export function actionVerb(id: ActionId): string {
  return `${ACTION_PREFIX}${id}`;
}

export type ClickedVerb =
  { kind: 'action'; id: ActionId } | { kind: 'form'; step: 'save' | 'back' } | { kind: 'unknown' };

export function readVerb(verb: unknown): ClickedVerb {
  if (typeof verb !== 'string') return { kind: 'unknown' };
  if (verb === FORM_SAVE) return { kind: 'form', step: 'save' };
  if (verb === FORM_BACK) return { kind: 'form', step: 'back' };
  if (verb.startsWith(ACTION_PREFIX) && verb.length > ACTION_PREFIX.length) {
    return { kind: 'action', id: verb.slice(ACTION_PREFIX.length) };
  }
  return { kind: 'unknown' };
}

const invokeSchema = z.object({
  action: z.object({
    type: z.literal('Action.Execute'),
    verb: z.string(),
    data: z.record(z.unknown()).default({}),
  }),
});

/** The verb and data of an `adaptiveCard/action` invoke, or null when its value is not one. */
export function readCardAction(
  value: unknown,
): { verb: ClickedVerb; data: Record<string, unknown> } | null {
  const parsed = invokeSchema.safeParse(value);
  if (!parsed.success) return null;
  return { verb: readVerb(parsed.data.action.verb), data: parsed.data.action.data };
}
