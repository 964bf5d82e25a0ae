import type { ConversationAddress } from '../bot/replies.js';
import type { SiteDirectory } from '../bot/site-directory.js';
import { formatInstant } from '../dates/format.js';
import type { Store } from '../store/store.js';
import { describeSubscription } from './describe-subscription.js';
import { nextRuns } from './schedule-runs.js';
import { createSubscriptionRepository } from './subscription-repository.js';

/** One channel's digest in a line or two, for views that list many channels (Slack's App Home). */
export interface ChannelDigestSummary {
  channelId: string;
  text: string;
}

/** Summarises the digests of the given channels, leaving out channels without one. */
export async function summariseChannelDigests(
  deps: { store: Store; sites: SiteDirectory },
  platform: ConversationAddress['platform'],
  channelIds: string[],
  now: Date,
): Promise<ChannelDigestSummary[]> {
  const keys = channelIds.map((id) => `${platform}:${id}`);
  const subscriptions = await createSubscriptionRepository(deps.store.db).listForConversations(
    keys,
  );

  const summaries = await Promise.all(
    subscriptions.map(async (subscription) => {
      const zone = subscription.zone;
      const names = await Promise.all(
        subscription.siteIds.map(async (id) => (await deps.sites.site(id))?.name ?? id),
      );
      const from = new Date(Math.max(now.getTime(), subscription.activeFrom.getTime()));
      const [next] = nextRuns(subscription.schedule, zone, from, 1);
      const nextPost =
        next === undefined ? 'not scheduled' : formatInstant(next.toISOString(), zone, now);
      const state = subscription.status === 'paused' ? 'paused' : `next post ${nextPost}`;
      const lines = [`${describeSubscription(subscription, now)} · ${names.join(', ')} · ${state}`];
      if (subscription.lastFailure !== null)
        lines.push(`Last failure: ${subscription.lastFailure}`);
      return { channelId: subscription.conversation.channelId, text: lines.join('\n') };
    }),
  );
  return summaries.sort((a, b) => a.channelId.localeCompare(b.channelId));
}
