import type { App } from '@slack/bolt';

import { canSee, visibleSites } from '../../../src/bot/site-visibility.js';
import { renderHomeView, type HomeContent } from '../block-kit/home-view.js';
import type { HandlerContext } from './handler-context.js';

/** Most channel pages read for one Home tab; 10 pages of 200 cover 2,000 channels. */
const MAX_CHANNEL_PAGES = 10;

/** Reads the ids of the channels `userId` is a member of (users.conversations). */
export type UserChannels = (
  userId: string,
  cursor: string | undefined,
) => Promise<{
  channelIds: string[];
  nextCursor: string | undefined;
}>;

async function channelsOf(listPage: UserChannels, userId: string): Promise<Set<string>> {
  const ids = new Set<string>();
  let cursor: string | undefined;
  for (let page = 0; page < MAX_CHANNEL_PAGES; page += 1) {
    const result = await listPage(userId, cursor);
    for (const id of result.channelIds) ids.add(id);
    cursor = result.nextCursor;
    if (cursor === undefined || cursor === '') break;
  }
  return ids;
}

/** Reads what App Home shows one user: their channels' sites, cut to the sites they may see. */
async function homeContent(
  context: HandlerContext,
  listUserChannels: UserChannels,
  userId: string,
): Promise<HomeContent> {
  const [member, channels, approver] = await Promise.all([
    channelsOf(listUserChannels, userId),
    context.home.channelSites(),
    context.approvers.mayConfirm(userId),
  ]);
  const visibility = visibleSites({ approver, channels, memberOf: member });
  const mine = channels.filter(
    (channel) => member.has(channel.channelId) && canSee(visibility, channel.siteId),
  );
  const siteIds = [...new Set(mine.map((channel) => channel.siteId))];
  const summaries = await Promise.all(siteIds.map((id) => context.home.upcoming(id)));
  const upcoming = summaries.filter((site) => site !== null);
  const names = new Map(siteIds.map((id, index) => [id, summaries[index]?.siteName ?? id]));
  const bindings = mine.map((channel) => ({
    channelId: channel.channelId,
    siteName: names.get(channel.siteId) ?? channel.siteId,
    bound: channel.bound,
  }));
  // A digest may cover several sites, and its summary does not say which, so someone limited
  // to some sites sees only the digests of their bound channels.
  const digestChannels = visibility.all
    ? [...member]
    : mine.filter((channel) => channel.bound).map((channel) => channel.channelId);
  const digests = (await context.home.digests?.(digestChannels)) ?? null;
  const activity = (await context.home.activity?.(siteIds)) ?? null;
  return { bindings, upcoming, digests, activity };
}

/**
 * Publishes App Home: the sites of the user's channels, limited to the sites they may see (see
 * visibleSites).
 */
export function registerHomeHandler(
  app: App,
  context: HandlerContext,
  listUserChannels: UserChannels,
): void {
  app.event('app_home_opened', async ({ event, body }) => {
    if (event.tab !== 'home') return;
    const logger = context.logger.child({ deliveryKey: `slack:event:${body.event_id}` });
    await context.work.run(async () => {
      try {
        const content = await homeContent(context, listUserChannels, event.user);
        await context.messenger.publishHome(event.user, renderHomeView(content));
      } catch (error) {
        // Home is refreshed on every visit, so a failure is logged and not retried.
        logger.error({ err: error }, 'app home could not be published');
      }
    });
  });
}
