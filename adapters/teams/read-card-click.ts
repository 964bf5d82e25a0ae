// Reads an `adaptiveCard/action` invoke's value into the click Frontdesk handles. The Bot
// Connector passes the card's data through unchecked, so every field is narrowed here.
import { readCardAction, type ClickedVerb } from './cards/card-verbs.js';

/** A click on a Frontdesk card, before its sealed source card is opened. */
export interface CardClick {
  verb: Exclude<ClickedVerb, { kind: 'unknown' }>;
  /** The card's data; only its own keys are read. */
  data: Record<string, unknown>;
  value: string;
  label: string;
  /** The sealed source card as sent; the seal decides whether it is genuine. */
  source: unknown;
}

/** Reasons a click is rejected with a 400, in words for the Bot Connector's error body. */
export const NOT_FRONTDESK_ACTION = 'This card action is not one of Frontdesk’s.';
export const NO_ACTION_VALUE = 'The card action carries no value.';

function own(data: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(data, key) ? data[key] : undefined;
}

/** Reads the click, or returns the reason it is not a Frontdesk click. */
export function readCardClick(value: unknown): CardClick | { problem: string } {
  const clicked = readCardAction(value);
  if (clicked === null || clicked.verb.kind === 'unknown') return { problem: NOT_FRONTDESK_ACTION };
  const { data } = clicked;
  const actionValue = own(data, 'value');
  if (typeof actionValue !== 'string') return { problem: NO_ACTION_VALUE };
  const label = own(data, 'label');
  return {
    verb: clicked.verb,
    data,
    value: actionValue,
    label: typeof label === 'string' ? label : '',
    source: own(data, 'source'),
  };
}

/** Reads the edit form's submitted fields: own string values of the named fields only. */
export function readFormValues<Field extends string>(
  data: Record<string, unknown>,
  fields: readonly Field[],
): Partial<Record<Field, string>> {
  const values: Partial<Record<Field, string>> = {};
  for (const name of fields) {
    const value = own(data, name);
    if (typeof value === 'string') values[name] = value;
  }
  return values;
}
