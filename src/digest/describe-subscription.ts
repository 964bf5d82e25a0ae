import { describeSchedule } from './schedule.js';
import type { DigestSubscription } from './subscription.js';
import { zoneLabel } from './zones.js';

/** Describes when and how far ahead a digest posts: "Daily at 8:00 AM ET · next 7 days". */
export function describeSubscription(
  subscription: Pick<DigestSubscription, 'schedule' | 'zone' | 'windowDays'>,
  at: Date,
): string {
  const days =
    subscription.windowDays === 1 ? 'today only' : `next ${subscription.windowDays} days`;
  return `${describeSchedule(subscription.schedule)} ${zoneLabel(subscription.zone, at)} · ${days}`;
}
