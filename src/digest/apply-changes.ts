import { boundElsewhere } from '../bot/channel-binding.js';
import type { ExtensionContext } from '../bot/extension.js';
import { conversationKey, text, type ConversationAddress, type Reply } from '../bot/replies.js';
import type { Site } from '../elevenos/types.js';
import type { DigestChanges } from './digest-command.js';
import { describeSubscription } from './describe-subscription.js';
import { resolveSites } from './resolve-sites.js';
import { SCHEDULE_DAYS } from './schedule.js';
import { settingsReply } from './settings-reply.js';
import { createSubscriptionRepository } from './subscription-repository.js';
import { DEFAULT_WINDOW_DAYS, type DigestSubscription } from './subscription.js';

export interface ChangeRequest {
  changes: DigestChanges;
  conversation: ConversationAddress;
  actorId: string;
  newId: () => string;
}

async function chooseSites(
  changes: DigestChanges,
  context: ExtensionContext,
): Promise<{ sites: Site[] | null } | { problem: string }> {
  if (changes.sitePhrase === undefined) {
    return { sites: context.site === null ? null : [context.site] };
  }
  const named = await resolveSites(context.sites, changes.sitePhrase);
  // "for all sites" and a short name such as "for Sunset" name no site in full, so the core's
  // check of a bound channel does not see them.
  const bound = context.binding;
  const other = 'sites' in named ? named.sites.find((site) => site.siteId !== bound?.siteId) : null;
  if (bound !== null && other != null) return { problem: boundElsewhere(bound, other.name) };
  return named;
}

function changesSchedule(changes: DigestChanges): boolean {
  return changes.weekdays !== undefined || changes.time !== undefined || changes.zone !== undefined;
}

/**
 * Creates the channel's digest or changes the settings the command names. A new digest needs a
 * time and a site: the one named, or the channel's own.
 */
export async function applyChanges(
  request: ChangeRequest,
  context: ExtensionContext,
): Promise<Reply[]> {
  const { changes, conversation } = request;
  const subscriptions = createSubscriptionRepository(context.store.db);
  const key = conversationKey(conversation);
  const existing = await subscriptions.find(key);
  const chosen = await chooseSites(changes, context);
  if ('problem' in chosen) return [text(chosen.problem)];

  const now = context.now;
  let subscription: DigestSubscription;
  if (existing === null) {
    if (changes.time === undefined) {
      return [text('When should the digest post? For example "digest daily 8am".')];
    }
    if (chosen.sites === null) {
      const names = (await context.sites.sites()).map((site) => site.name);
      const example = `digest daily 8am for ${names[0] ?? '<site>'}`;
      return [
        text(
          `Which site should the digest list? Add "for <site>", as in "${example}". Sites: ${names.join(', ')}.`,
        ),
      ];
    }
    subscription = {
      id: request.newId(),
      conversation,
      siteIds: chosen.sites.map((site) => site.siteId),
      zone: changes.zone ?? chosen.sites[0]!.timeZone,
      schedule: {
        weekdays: changes.weekdays ?? [...SCHEDULE_DAYS.EVERY_DAY],
        ...changes.time,
      },
      windowDays: changes.windowDays ?? DEFAULT_WINDOW_DAYS,
      includeMoveOuts: changes.includeMoveOuts ?? true,
      skipIfEmpty: changes.skipIfEmpty ?? false,
      status: 'active',
      activeFrom: now,
      createdBy: request.actorId,
      createdAt: now,
      updatedAt: now,
      lastPostedAt: null,
      lastFailure: null,
      lastFailureAt: null,
    };
  } else {
    const sites = chosen.sites !== null && changes.sitePhrase !== undefined ? chosen.sites : null;
    subscription = {
      ...existing,
      siteIds: sites?.map((site) => site.siteId) ?? existing.siteIds,
      zone: changes.zone ?? existing.zone,
      schedule: {
        weekdays: changes.weekdays ?? existing.schedule.weekdays,
        hour: changes.time?.hour ?? existing.schedule.hour,
        minute: changes.time?.minute ?? existing.schedule.minute,
      },
      windowDays: changes.windowDays ?? existing.windowDays,
      includeMoveOuts: changes.includeMoveOuts ?? existing.includeMoveOuts,
      skipIfEmpty: changes.skipIfEmpty ?? existing.skipIfEmpty,
      // A new time counts from now, so a slot earlier today under the new time is not posted late.
      activeFrom: changesSchedule(changes) ? now : existing.activeFrom,
      updatedAt: now,
    };
  }

  const saved = await subscriptions.save(subscription);
  context.logger.info(
    { subscriptionId: saved.id, conversation: key, created: existing === null },
    'digest subscription saved',
  );
  const verb = existing === null ? 'This channel now gets' : 'Updated: this channel gets';
  return [
    await settingsReply(saved, context, `${verb} the digest ${describeSubscription(saved, now)}`),
  ];
}
