// `frontdesk digest next` and `frontdesk digest preview`: the digest schedule and content from the
// command line, with the same schedule language as the chat command.
import { parseArgs } from 'node:util';

import { isParseArgsError } from '../cli/parse-args-error.js';
import { composeDigest, type DigestSources } from './compose-digest.js';
import { renderDigest } from './digest-card.js';
import { MAX_WINDOW_DAYS } from './digest-command.js';
import { parseSchedule } from './schedule-phrase.js';
import { nextRuns } from './schedule-runs.js';
import { DEFAULT_WINDOW_DAYS } from './subscription.js';
import { readZone } from './zones.js';

export interface DigestCliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** Opens ElevenOS (or the sandbox) for a preview at `now`. The caller releases it with `close`. */
export type OpenSources = (now: Date) => Promise<DigestSources & { close(): Promise<void> }>;

export const DIGEST_CLI_USAGE = `usage: frontdesk digest next --schedule TEXT [--zone IANA] [--from ISO] [--count N]
       frontdesk digest preview --site SITE [--now ISO] [--days N] [--move-ins-only]

next      prints the next run instants of a schedule in UTC, one ISO 8601 line each
  --schedule   the schedule as staff type it after "digest", such as "weekdays 7:30"
  --zone       IANA time zone the schedule's time is read in (default: UTC)
  --from       list runs after this instant, ISO 8601 (default: now)
  --count      how many runs to print, 1 to 1000 (default: 5)
preview   prints the digest of one site as it would be posted now
  --site       site name or id
  --now        the current instant, ISO 8601 (default: the system clock)
  --days       look-ahead in days, 1 to ${MAX_WINDOW_DAYS} (default: ${DEFAULT_WINDOW_DAYS})
  --move-ins-only  leave move-outs out
`;

class UsageError extends Error {}

function readInstant(value: string | undefined, option: string): Date {
  if (value === undefined) return new Date();
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new UsageError(
      `${option} must be an ISO 8601 instant such as 2027-03-05T00:00:00Z, not "${value}"`,
    );
  }
  return date;
}

function readCount(value: string | undefined, option: string, max: number, fallback: number) {
  if (value === undefined) return fallback;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1 || count > max) {
    throw new UsageError(`${option} must be a whole number from 1 to ${max}, not "${value}"`);
  }
  return count;
}

function next(argv: string[], io: DigestCliIo): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      schedule: { type: 'string' },
      zone: { type: 'string', default: 'UTC' },
      from: { type: 'string' },
      count: { type: 'string' },
    },
  });
  if (values.schedule === undefined) throw new UsageError('--schedule is required');
  const parsed = parseSchedule(values.schedule);
  if ('error' in parsed) throw new UsageError(parsed.error);
  const zone = readZone(values.zone);
  if (zone === null) throw new UsageError(`--zone must be an IANA time zone, not "${values.zone}"`);
  const from = readInstant(values.from, '--from');
  const count = readCount(values.count, '--count', 1000, 5);

  for (const run of nextRuns(parsed.schedule, zone, from, count)) {
    io.stdout.write(`${run.toISOString()}\n`);
  }
  return 0;
}

async function preview(argv: string[], io: DigestCliIo, open: OpenSources): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      site: { type: 'string' },
      now: { type: 'string' },
      days: { type: 'string' },
      'move-ins-only': { type: 'boolean', default: false },
    },
  });
  if (values.site === undefined) throw new UsageError('--site is required');
  const now = readInstant(values.now, '--now');
  const windowDays = readCount(values.days, '--days', MAX_WINDOW_DAYS, DEFAULT_WINDOW_DAYS);
  const includeMoveOuts = !values['move-ins-only'];

  const sources = await open(now);
  try {
    const site = await sources.sites.findSite(values.site);
    if (site === null) {
      const names = (await sources.sites.sites()).map((each) => each.name).join(', ');
      io.stderr.write(`Site "${values.site}" not found. Sites: ${names}\n`);
      return 1;
    }
    const digests = await composeDigest(
      sources,
      { siteIds: [site.siteId], windowDays, includeMoveOuts },
      { slot: now, now },
    );
    for (const reply of renderDigest(digests, { now, includeMoveOuts, footer: null })) {
      if (reply.kind === 'file') continue;
      io.stdout.write(`${reply.kind === 'card' ? reply.card.fallbackText : reply.text}\n`);
    }
    return 0;
  } finally {
    await sources.close();
  }
}

/** Runs `frontdesk digest <next|preview> …` and returns the exit code. */
export async function runDigestCli(
  argv: string[],
  io: DigestCliIo,
  open: OpenSources,
): Promise<number> {
  const [subcommand, ...rest] = argv;
  try {
    if (subcommand === 'next') return next(rest, io);
    if (subcommand === 'preview') return await preview(rest, io, open);
    if (subcommand === undefined || subcommand === 'help' || subcommand === '--help') {
      io.stdout.write(DIGEST_CLI_USAGE);
      return subcommand === undefined ? 2 : 0;
    }
    throw new UsageError(`Unknown digest command "${subcommand}"`);
  } catch (error) {
    if (!(error instanceof UsageError || isParseArgsError(error))) throw error;
    io.stderr.write(`${error.message}\n${DIGEST_CLI_USAGE}`);
    return 2;
  }
}
