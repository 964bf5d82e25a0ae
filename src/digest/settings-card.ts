import type { Card } from '../bot/replies.js';
import { formatInstant } from '../dates/format.js';
import { footerActions } from './digest-card.js';
import { describeSchedule } from './schedule.js';
import type { DigestSubscription } from './subscription.js';
import { zoneLabel } from './zones.js';

export interface SettingsView {
  subscription: DigestSubscription;
  siteNames: string[];
  nextRun: Date | null;
  now: Date;
  /** Title line about what just changed, "Digest settings" by default. */
  headline?: string;
}

function instant(date: Date, zone: string, now: Date): string {
  return formatInstant(date.toISOString(), zone, now);
}

function statusText(view: SettingsView): string {
  const { subscription, nextRun, now } = view;
  if (subscription.status === 'paused') return 'Paused: nothing posts until "digest resume"';
  if (nextRun === null) return 'Active';
  return `Active · next post ${instant(nextRun, subscription.zone, now)}`;
}

function lookAhead(subscription: DigestSubscription): string {
  const days = `${subscription.windowDays} ${subscription.windowDays === 1 ? 'day' : 'days'}`;
  const kinds = subscription.includeMoveOuts ? 'move-ins and move-outs' : 'move-ins only';
  return `${days} · ${kinds}`;
}

/** Builds the card of a channel's digest settings, with the last post and the last failure. */
export function settingsCard(view: SettingsView): Card {
  const { subscription, now } = view;
  const zone = subscription.zone;
  const fields = [
    { label: 'Sites', value: view.siteNames.join(', ') },
    {
      label: 'Schedule',
      value: `${describeSchedule(subscription.schedule)} ${zoneLabel(zone, now)} (${zone})`,
    },
    { label: 'Looks ahead', value: lookAhead(subscription) },
    {
      label: 'When empty',
      value: subscription.skipIfEmpty ? 'skips the post' : 'posts one line saying so',
    },
    { label: 'Status', value: statusText(view) },
    {
      label: 'Last posted',
      value:
        subscription.lastPostedAt === null
          ? 'not yet'
          : instant(subscription.lastPostedAt, zone, now),
    },
  ];
  if (subscription.lastFailure !== null && subscription.lastFailureAt !== null) {
    fields.push({
      label: 'Last failure',
      value: `${subscription.lastFailure} (${instant(subscription.lastFailureAt, zone, now)})`,
    });
  }
  const title = view.headline ?? 'Digest settings';
  const notes = [
    'Change with "digest weekdays 7:30", "digest next 14 days", "digest skip empty" or "digest off".',
  ];
  const fallbackText = [
    title,
    ...fields.map((field) => `${field.label}: ${field.value}`),
    ...notes,
  ].join('\n');

  return {
    title,
    fields,
    notes,
    actions: footerActions(
      {
        subscriptionId: subscription.id,
        description: '',
        paused: subscription.status === 'paused',
      },
      'settings',
    ),
    fallbackText,
    tone: subscription.lastFailure === null ? 'info' : 'warning',
  };
}
