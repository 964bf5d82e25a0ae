import type { Reply } from './replies.js';

/** What became of a post into a stored conversation. */
export type ProactiveResult =
  | { status: 'sent'; messageIds: string[] }
  /** Nothing was sent: no reference is stored, or the platform refused it before. */
  | { status: 'skipped'; reason: 'no_reference' | 'stale' }
  /** `refused`: the platform said the bot may no longer post there, and the reference is now stale. */
  | { status: 'failed'; reason: 'refused' | 'error'; messageIds: string[] };

/**
 * Posts replies into a conversation that nobody is talking in right now, such as a digest or a
 * bulk job's result. Each platform adapter that can do so implements it.
 */
export interface ProactivePoster {
  postProactive(conversationKey: string, replies: Reply[]): Promise<ProactiveResult>;
}
