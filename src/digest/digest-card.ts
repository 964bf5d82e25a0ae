import { formatDate } from '../dates/format.js';
import type { Card, CardAction, Reply } from '../bot/replies.js';
import { isEmptyDigest, type DigestDay, type DigestLine, type SiteDigest } from './site-digest.js';

/** The schedule line and buttons under the last site of a posted digest. */
export interface DigestFooter {
  subscriptionId: string;
  /** Such as "Daily at 8:00 AM ET · next 7 days". */
  description: string;
  paused: boolean;
}

/** Maximum lines shown under "Needs a look". The rest are counted in one line. */
const MAX_OVERDUE_LINES = 10;

function kindTitle(includeMoveOuts: boolean): string {
  return includeMoveOuts ? 'Move-ins and move-outs' : 'Move-ins';
}

function lineText(line: DigestLine): string {
  return [line.direction, line.unit, line.name, line.status, ...line.flags].join(' · ');
}

function columnText(line: DigestLine): string {
  const flags = line.flags.map((flag) => ` · ${flag}`).join('');
  const columns = [line.direction.padEnd(5), line.unit.padEnd(14), line.name.padEnd(16)];
  return `  ${columns.join(' ')} ${line.status}${flags}`;
}

function overdueLines(days: DigestDay[], now: Date, zone: string): string[] {
  const lines = days.flatMap((day) =>
    day.lines.map((line) => `${lineText(line)} · was due ${formatDate(day.date, zone, now)}`),
  );
  if (lines.length <= MAX_OVERDUE_LINES) return lines;
  return [
    ...lines.slice(0, MAX_OVERDUE_LINES),
    `and ${lines.length - MAX_OVERDUE_LINES} more still scheduled`,
  ];
}

export function footerActions(footer: DigestFooter, origin: 'digest' | 'settings'): CardAction[] {
  const value = `${footer.subscriptionId}:${origin}`;
  return [
    footer.paused
      ? { id: 'digest_resume', label: 'Resume', style: 'primary', value }
      : { id: 'digest_pause', label: 'Pause', style: 'default', value },
    { id: 'digest_now', label: 'Post now', style: 'default', value },
    ...(origin === 'digest'
      ? [{ id: 'digest_settings', label: 'Settings', style: 'default' as const, value }]
      : []),
  ];
}

function siteCard(
  digest: SiteDigest,
  options: { now: Date; includeMoveOuts: boolean; footer: DigestFooter | null },
): Card {
  const { site, window } = digest;
  const zone = site.timeZone;
  const from = formatDate(window.from, zone, options.now);
  const range =
    window.from === window.to ? from : `${from} – ${formatDate(window.to, zone, options.now)}`;
  const kind = isEmptyDigest(digest)
    ? `No ${kindTitle(options.includeMoveOuts).toLowerCase().replace(' and ', ' or ')}`
    : kindTitle(options.includeMoveOuts);
  const title = `${kind} · ${site.name} · ${range}`;

  const fields = digest.days.map((day) => ({
    label: formatDate(day.date, zone, options.now),
    value: day.lines.map(lineText).join('\n'),
  }));
  const overdue = overdueLines(digest.overdue, options.now, zone);
  if (overdue.length > 0) fields.push({ label: 'Needs a look', value: overdue.join('\n') });

  const text = [title];
  for (const day of digest.days) {
    text.push(formatDate(day.date, zone, options.now), ...day.lines.map(columnText));
  }
  if (overdue.length > 0) text.push('Needs a look', ...overdue.map((line) => `  ${line}`));
  const notes = options.footer === null ? [] : [options.footer.description];
  text.push(...notes);

  const flagged = [...digest.days, ...digest.overdue].some((day) =>
    day.lines.some((line) => line.flags.length > 0),
  );
  return {
    title,
    fields,
    notes,
    actions: options.footer === null ? [] : footerActions(options.footer, 'digest'),
    fallbackText: text.join('\n'),
    tone: flagged || overdue.length > 0 ? 'warning' : 'info',
  };
}

/** Renders a digest as one card per site, with the footer under the last one. */
export function renderDigest(
  digests: SiteDigest[],
  options: { now: Date; includeMoveOuts: boolean; footer: DigestFooter | null },
): Reply[] {
  return digests.map((digest, index) => ({
    kind: 'card',
    card: siteCard(digest, {
      ...options,
      footer: index === digests.length - 1 ? options.footer : null,
    }),
  }));
}
