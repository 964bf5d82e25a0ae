import type { Logger } from '../../src/log.js';
import { mention } from './block-kit/mrkdwn.js';

/** Policy that decides who may confirm writes at this workspace. */
export interface ApproverPolicy {
  /** Whether approvers are configured; without any, everyone may confirm. */
  readonly configured: boolean;
  mayConfirm(userId: string): Promise<boolean>;
  /** Returns who may approve as mrkdwn, such as "<@U1> and members of <!subteam^S1>". */
  approvers(): string;
  /** Returns the sentence shown to a rejected user, naming who can confirm. */
  refusal(): string;
}

export interface ApproverPolicyOptions {
  users: string[];
  group: string | undefined;
  /** Reads the user ids of a Slack user group (usergroups.users.list). */
  listGroupMembers(groupId: string): Promise<string[]>;
  logger: Logger;
  /** How long a group's member list is reused. */
  cacheMs?: number;
  now?: () => number;
}

const DEFAULT_CACHE_MS = 5 * 60_000;

/** Approvers from a list of user ids and a user group; with neither, everyone may confirm. */
export function createApproverPolicy(options: ApproverPolicyOptions): ApproverPolicy {
  const { users, group, logger } = options;
  const now = options.now ?? Date.now;
  const cacheMs = options.cacheMs ?? DEFAULT_CACHE_MS;
  let members: { ids: Set<string>; loadedAt: number } | null = null;

  async function groupMembers(groupId: string): Promise<Set<string>> {
    if (members !== null && now() - members.loadedAt < cacheMs) return members.ids;
    try {
      const ids = new Set(await options.listGroupMembers(groupId));
      members = { ids, loadedAt: now() };
      return ids;
    } catch (error) {
      // Fail closed: an unreadable group approves nobody, and the next click reads it again.
      logger.warn({ err: error, groupId }, 'approver group could not be read');
      return new Set();
    }
  }

  function approvers(): string {
    const names = users.map(mention);
    if (group !== undefined) names.push(`members of <!subteam^${group}>`);
    if (names.length <= 1) return names[0] ?? '';
    return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  }

  return {
    configured: users.length > 0 || group !== undefined,
    async mayConfirm(userId) {
      if (users.length === 0 && group === undefined) return true;
      if (users.includes(userId)) return true;
      return group === undefined ? false : (await groupMembers(group)).has(userId);
    },
    approvers,
    refusal() {
      return `Only ${approvers()} can confirm changes at this workspace. Nothing was changed.`;
    },
  };
}
