import { cardActionActivity, messageActivity } from './activities.js';
import { actionNamed, cardOf, type CardJson } from './card-queries.js';
import type { TeamsFrontdesk } from './teams-harness.js';

/** Sends a personal message and returns the first card the bot posts after it. */
export async function say(
  harness: TeamsFrontdesk,
  text: string,
): Promise<{ card: CardJson; messageId: string }> {
  const before = harness.connector.calls.filter((call) => call.method === 'POST').length;
  await harness.post(messageActivity(text, { serviceUrl: harness.connector.serviceUrl }));
  const posts = await harness.connector.waitFor('POST', before + 1);
  return { card: cardOf(posts[before]!.activity), messageId: `msg-${before + 1}` };
}

/** Clicks the named button on a card and returns the invoke response's card. */
export async function click(
  harness: TeamsFrontdesk,
  card: CardJson,
  title: string,
  messageId: string,
  inputs: Record<string, string> = {},
): Promise<{ status: number; body: unknown; elapsedMs: number }> {
  const action = actionNamed(card, title);
  return harness.post(
    cardActionActivity(action.verb, { ...action.data, ...inputs }, messageId, {
      serviceUrl: harness.connector.serviceUrl,
    }),
  );
}
