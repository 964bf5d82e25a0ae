import type { Card, Reply } from '../../src/bot/replies.js';
import {
  ADAPTIVE_CARD_CONTENT_TYPE,
  renderCard,
  renderText,
  type AdaptiveCardJson,
} from './cards/adaptive-card.js';
import type { CardSeal } from './cards/card-seal.js';
import { renderFileTable } from './cards/file-table-card.js';
import type { InvokeReply, OutgoingActivity } from './teams-connection.js';

export function cardActivity(card: AdaptiveCardJson): OutgoingActivity {
  return {
    type: 'message',
    summary: card.fallbackText,
    attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card }],
  };
}

/**
 * A core reply as a Teams message: every reply, text included, is an Adaptive Card, and a file
 * is a table of its first rows.
 */
export function replyActivity(reply: Reply, seal: CardSeal): OutgoingActivity {
  switch (reply.kind) {
    case 'card':
      return cardActivity(renderCard(reply.card, seal));
    case 'text':
      return cardActivity(renderText(reply.text));
    case 'file':
      return cardActivity(renderFileTable(reply.file));
  }
}

export function coreCardActivity(card: Card, seal: CardSeal): OutgoingActivity {
  return cardActivity(renderCard(card, seal));
}

/** The invoke response that shows `card` in place of the clicked one. */
export function cardInvokeReply(card: AdaptiveCardJson): InvokeReply {
  return {
    status: 200,
    body: { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: card },
  };
}

/** The invoke response that shows the clicking user a short message and leaves the card as it is. */
export function messageInvokeReply(text: string): InvokeReply {
  return {
    status: 200,
    body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text },
  };
}
