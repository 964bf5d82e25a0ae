import type { ConversationAddress } from '../bot/replies.js';
import type { DigestSchedule } from './schedule.js';

/** Look-ahead of a new digest: today and the next six days. */
export const DEFAULT_WINDOW_DAYS = 7;

/** A channel's digest: what it lists, when it posts and how the latest posts went. */
export interface DigestSubscription {
  id: string;
  conversation: ConversationAddress;
  siteIds: string[];
  /** IANA zone of the schedule's wall time: the first site's, unless staff chose another. */
  zone: string;
  schedule: DigestSchedule;
  windowDays: number;
  includeMoveOuts: boolean;
  skipIfEmpty: boolean;
  status: 'active' | 'paused';
  /** Slots at or before this instant are never due. */
  activeFrom: Date;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  lastPostedAt: Date | null;
  /** Reason the latest post failed after its retries, in staff words, or null once a post works. */
  lastFailure: string | null;
  lastFailureAt: Date | null;
}
