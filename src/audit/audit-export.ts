import type { AuditEvent } from './audit-log.js';

const COLUMNS = ['at', 'kind', 'actor', 'conversation', 'site', 'proposal', 'detail'] as const;

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function row(event: AuditEvent): string[] {
  return [
    event.at.toISOString(),
    event.kind,
    event.actor ?? '',
    event.conversationKey ?? '',
    event.siteId ?? '',
    event.proposalId ?? '',
    JSON.stringify(event.detail),
  ];
}

/** Renders audit events as CSV with a header line (RFC 4180 quoting). */
export function auditToCsv(events: AuditEvent[]): string {
  const lines = [COLUMNS.join(','), ...events.map((event) => row(event).map(csvField).join(','))];
  return `${lines.join('\n')}\n`;
}

/** Renders audit events as JSON lines, one object per event. */
export function auditToJsonLines(events: AuditEvent[]): string {
  return events
    .map((event) => `${JSON.stringify({ ...event, at: event.at.toISOString() })}\n`)
    .join('');
}
