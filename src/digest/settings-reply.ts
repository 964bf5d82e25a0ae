import type { ExtensionContext } from '../bot/extension.js';
import type { Card, Reply } from '../bot/replies.js';
import { nextRuns } from './schedule-runs.js';
import { settingsCard } from './settings-card.js';
import type { DigestSubscription } from './subscription.js';

/** Builds the settings card of a subscription, naming its sites as ElevenOS has them. */
export async function settingsView(
  subscription: DigestSubscription,
  context: Pick<ExtensionContext, 'sites' | 'now'>,
  headline?: string,
): Promise<Card> {
  const names = await Promise.all(
    subscription.siteIds.map(async (id) => (await context.sites.site(id))?.name ?? id),
  );
  const from = new Date(Math.max(context.now.getTime(), subscription.activeFrom.getTime()));
  const [nextRun] = nextRuns(subscription.schedule, subscription.zone, from, 1);
  return settingsCard({
    subscription,
    siteNames: names,
    nextRun: nextRun ?? null,
    now: context.now,
    ...(headline === undefined ? {} : { headline }),
  });
}

export async function settingsReply(
  subscription: DigestSubscription,
  context: Pick<ExtensionContext, 'sites' | 'now'>,
  headline?: string,
): Promise<Reply> {
  return { kind: 'card', card: await settingsView(subscription, context, headline) };
}
