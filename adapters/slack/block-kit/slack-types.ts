// Block Kit types from the SDK that Bolt ships, so every file names them the same way.
import type { types } from '@slack/bolt';

export type KnownBlock = types.KnownBlock;
export type ActionsBlock = types.ActionsBlock;
export type Button = types.Button;
export type StaticSelect = types.StaticSelect;
export type PlainTextOption = types.PlainTextOption;
export type OptionGroup = types.OptionGroup;
export type ConfirmationDialog = types.ConfirmationDialog;
export type ContextBlock = types.ContextBlock;
export type InputBlock = types.InputBlock;
export type ModalView = types.ModalView;
export type HomeView = types.HomeView;

/** A message as chat.postMessage, chat.update and response_url take it. */
export interface SlackMessage {
  /** Fallback for notifications and screen readers. */
  text: string;
  blocks: KnownBlock[];
}
