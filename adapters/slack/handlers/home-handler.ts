import type { App } from '@slack/bolt';

import { renderHomeView } from '../block-kit/home-view.js';
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

/** Publishes App Home for the sites the user's channels are bound to. */
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
        const [member, bound] = await Promise.all([
          channelsOf(listUserChannels, event.user),
          context.home.channelSites(),
        ]);
        const mine = bound.filter((binding) => member.has(binding.channelId));
        const siteIds = [...new Set(mine.map((binding) => binding.siteId))];
        const summaries = await Promise.all(siteIds.map((id) => context.home.upcoming(id)));
        const upcoming = summaries.filter((site) => site !== null);
        const names = new Map(siteIds.map((id, index) => [id, summaries[index]?.siteName ?? id]));
        const bindings = mine.map((binding) => ({
          channelId: binding.channelId,
          siteName: names.get(binding.siteId) ?? binding.siteId,
        }));
        const digests = (await context.home.digests?.([...member])) ?? null;
        const activity = (await context.home.activity?.(siteIds)) ?? null;
        await context.messenger.publishHome(
          event.user,
          renderHomeView({ bindings, upcoming, digests, activity }),
        );
      } catch (error) {
        // Home is refreshed on every visit, so a failure is logged and not retried.
        logger.error({ err: error }, 'app home could not be published');
      }
    });
  });
}
