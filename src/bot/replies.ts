// The platform-neutral shape of every message Frontdesk sends. Adapters render these as Block Kit,
// Adaptive Cards, console text or HTML, and send a clicked action back with its `id` and `value`.

export type ActionStyle = 'primary' | 'danger' | 'default';

/** Actions the core handles itself. */
export const CORE_ACTION_IDS = [
  'confirm',
  'confirm_purge',
  'edit',
  'cancel',
  'retry',
  'undo',
  'answer',
] as const;

export type CoreActionId = (typeof CORE_ACTION_IDS)[number];

/**
 * A core action, or an extension's, named `<extension>_<verb>` in lower case and underscores
 * (such as `bulk_send`), which the core routes to the extension of that name.
 */
export type ActionId = CoreActionId | (string & {});

export interface CardAction {
  id: ActionId;
  label: string;
  style: ActionStyle;
  /** Opaque to adapters: a proposal id, or a question's choice. */
  value: string;
}

export interface CardField {
  label: string;
  value: string;
}

export interface Card {
  title: string;
  fields: CardField[];
  /** Short context lines under the fields: who asked, expiry, warnings. */
  notes: string[];
  actions: CardAction[];
  /** Plain text for notifications, screen readers and text-only clients. */
  fallbackText: string;
  tone: 'info' | 'success' | 'warning' | 'danger';
}

/** A table of a file's first rows, shown where a platform cannot receive the file itself. */
export interface FilePreview {
  columns: string[];
  rows: string[][];
  /** Rows in the whole file; more than `rows.length` when the preview is cut. */
  rowCount: number;
}

/** A file for the conversation, such as the rows of an import that failed. */
export interface ReplyFile {
  /** File name with its extension, such as `failures-1a2b3c4d.csv`. */
  name: string;
  mimeType: 'text/csv';
  content: string;
  /** Short description of the file: "Failures CSV for move-ins.csv (3 rows)". */
  title: string;
  preview: FilePreview;
}

export type Reply =
  { kind: 'text'; text: string } | { kind: 'card'; card: Card } | { kind: 'file'; file: ReplyFile };

/** The person talking to Frontdesk, as the adapter identified them. */
export interface Actor {
  /** Stable platform id, such as a Slack user id. */
  id: string;
  /** How to name them in a card: "@maria". */
  displayName: string;
  /**
   * Whether they may approve (confirm writes, bind channels) by the platform's approver list,
   * with a phrase naming who may. Absent where a platform keeps no list, so everyone may.
   */
  approval?: { approver: boolean; approvers: string };
}

/** The conversation a message came from: one key per channel/DM (and thread, where the platform has them). */
export interface ConversationAddress {
  platform: 'console' | 'slack' | 'teams' | 'web';
  /** Unique within the platform, such as a Slack channel id. */
  channelId: string;
}

export interface IncomingMessage {
  actor: Actor;
  conversation: ConversationAddress;
  text: string;
}

export interface IncomingAction {
  actor: Actor;
  conversation: ConversationAddress;
  actionId: ActionId;
  value: string;
  /**
   * Called once this click has won the right to act, with the card to show while ElevenOS
   * works. A click that lost to another (a double click, a second process) is never called
   * back, so it cannot overwrite the winner's card.
   */
  onWorking?: (card: Card) => Promise<void>;
}

/**
 * The result of a click: `update` replaces the clicked card in place; `replies` are new
 * messages after it.
 */
export interface ActionResult {
  update: Card | null;
  replies: Reply[];
}

export function text(message: string): Reply {
  return { kind: 'text', text: message };
}

export function conversationKey(address: ConversationAddress): string {
  return `${address.platform}:${address.channelId}`;
}
