import type { TeamsActivity } from './teams-connection.js';

/** Reads one claim of the request's verified token, or null when the token has none. */
export type ClaimReader = (type: string) => string | null;

/**
 * Checks what botbuilder leaves to the bot: that the token came from the Bot Connector itself,
 * and that the activity and the token belong to the bot's own tenant. Returns the reason to
 * reject the request, or null when it may proceed.
 */
export function callerProblem(
  activity: TeamsActivity,
  claim: ClaimReader,
  expected: { issuer: string; tenantId: string },
): string | null {
  if (claim('iss') !== expected.issuer) return 'token not issued by the Bot Connector';
  const tokenTenant = claim('tid');
  if (tokenTenant !== null && tokenTenant !== expected.tenantId) return 'token from another tenant';
  const activityTenant = activity.channelData?.tenant?.id ?? activity.conversation.tenantId;
  if (activityTenant === undefined) return 'activity names no tenant';
  if (activityTenant !== expected.tenantId) return 'activity from another tenant';
  return null;
}
