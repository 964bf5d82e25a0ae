import { BLOCK_KIT_LIMITS as LIMITS, truncate } from './limits.js';
import { mrkdwn } from './mrkdwn.js';
import type { KnownBlock, SlackMessage } from './slack-types.js';

/**
 * Returns the clicked message without its buttons and with `note` under it, so nobody can click
 * again while Frontdesk works, and a late copy of the click finds nothing to act on.
 */
export function withoutActions(blocks: unknown, fallbackText: string, note: string): SlackMessage {
  const kept = (Array.isArray(blocks) ? (blocks as KnownBlock[]) : []).filter(
    (block) => block.type !== 'actions',
  );
  const context: KnownBlock = {
    type: 'context',
    elements: [{ type: 'mrkdwn', text: truncate(mrkdwn(note), LIMITS.contextText) }],
  };
  return {
    text: truncate(fallbackText === '' ? mrkdwn(note) : fallbackText, LIMITS.fallbackText),
    blocks: [...kept.slice(0, LIMITS.blocksPerMessage - 1), context],
  };
}
