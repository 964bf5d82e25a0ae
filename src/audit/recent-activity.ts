import type { AuditEvent, AuditLog } from './audit-log.js';

/** How far back App Home looks for activity. */
const ACTIVITY_DAYS = 7;

const VERBS: Partial<Record<AuditEvent['kind'], string>> = {
  question: 'was asked a question about',
  proposal: 'proposed',
  confirmation: 'confirmed',
  cancellation: 'cancelled',
  undo: 'undid',
};

/** Events about a channel, not a change: each reads as a whole phrase after the actor. */
const CHANNEL_EVENTS: Partial<Record<AuditEvent['kind'], string>> = {
  binding: 'bound a channel to this site',
  unbinding: 'unbound a channel from this site',
  refusal: 'was stopped from acting outside a bound channel’s site',
};

function describe(event: AuditEvent): string {
  const when = `${event.at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  const channelEvent = CHANNEL_EVENTS[event.kind];
  if (channelEvent !== undefined) return `${when} · ${event.actor ?? 'someone'} ${channelEvent}`;
  const intent =
    typeof event.detail.intent === 'string' ? event.detail.intent.replace('_', '-') : 'a change';
  if (event.kind === 'result') {
    return `${when} · ${intent === 'a change' ? 'a change' : `a ${intent}`} ended ${String(event.detail.status)}`;
  }
  const actor = event.actor ?? 'someone';
  return `${when} · ${actor} ${VERBS[event.kind] ?? event.kind} ${intent === 'a change' ? intent : `a ${intent}`}`;
}

/**
 * Returns the latest audit entries of these sites, newest first, as one line each. Lines name
 * staff and intents, never residents.
 */
export async function recentActivity(
  audit: AuditLog,
  siteIds: string[],
  now: Date,
  limit = 10,
): Promise<string[]> {
  const since = new Date(now.getTime() - ACTIVITY_DAYS * 24 * 60 * 60_000);
  const events = await audit.list({ since, siteIds });
  return events
    .filter((event) => event.kind !== 'api_call')
    .slice(-limit)
    .reverse()
    .map(describe);
}
