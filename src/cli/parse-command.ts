// `frontdesk parse`: prints the parse of one command, or of each stdin line, as JSON lines.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { IANAZone } from 'luxon';
import type { UnitMapping } from '../elevenos/types.js';
import { parseCommand } from '../parse/parse-command.js';
import type { DateOrder, ParseContext, ParsedCommand } from '../parse/types.js';
import { readMappingsFile } from '../units/read-mappings-file.js';

export interface CommandIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const USAGE = `usage: frontdesk parse [--stdin] [--mappings FILE] [--now ISO] [--zone IANA]
                      [--date-order month-first|day-first] [TEXT]

Prints the parse of TEXT, or with --stdin of each non-empty input line, as one JSON object per
line.
  --stdin        read one command per line from standard input
  --mappings     JSON file of unit mappings (ElevenOS "Mappings" envelope or a list);
                 without it no unit resolves
  --now          the current instant, ISO 8601 (default: the system clock)
  --zone         the site's IANA time zone (default: America/New_York)
  --date-order   how to read numeric dates such as 4/5 (default: month-first)
`;

const DEFAULT_ZONE = 'America/New_York';

class UsageError extends Error {}

function toJsonLine(command: ParsedCommand): string {
  const { intent, people, unit, toUnit, startDate, endDate, window, kind, problems } = command;
  return `${JSON.stringify({ intent, people, unit, toUnit, startDate, endDate, window, kind, problems })}\n`;
}

function readDateOrder(value: string): DateOrder {
  if (value !== 'month-first' && value !== 'day-first') {
    throw new UsageError(`--date-order must be month-first or day-first, not "${value}"`);
  }
  return value;
}

function readOptions(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      stdin: { type: 'boolean', default: false },
      mappings: { type: 'string' },
      now: { type: 'string' },
      zone: { type: 'string', default: DEFAULT_ZONE },
      'date-order': { type: 'string', default: 'month-first' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const now = values.now === undefined ? new Date() : new Date(values.now);
  if (Number.isNaN(now.getTime())) {
    throw new UsageError(`--now "${values.now}" is not an ISO 8601 instant`);
  }
  if (!IANAZone.isValidZone(values.zone)) {
    throw new UsageError(`--zone "${values.zone}" is not an IANA time zone`);
  }
  const dateOrder = readDateOrder(values['date-order']);
  const text = positionals.join(' ');
  if (!values.help && !values.stdin && text.trim() === '') {
    throw new UsageError('give a command as TEXT or use --stdin');
  }
  return { ...values, now, dateOrder, text };
}

async function loadMappings(path: string | undefined, io: CommandIo): Promise<UnitMapping[]> {
  if (path === undefined) {
    io.stderr.write('frontdesk parse: no --mappings file given, so every unit is not_found\n');
    return [];
  }
  return readMappingsFile(path);
}

/** Runs `frontdesk parse` and returns its exit code: 0 on success, 2 for invalid arguments. */
export async function runParseCommand(argv: string[], io: CommandIo): Promise<number> {
  let options: ReturnType<typeof readOptions>;
  let mappings: UnitMapping[];
  try {
    options = readOptions(argv);
    if (options.help) {
      io.stdout.write(USAGE);
      return 0;
    }
    mappings = await loadMappings(options.mappings, io);
  } catch (error) {
    io.stderr.write(`frontdesk parse: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const context: ParseContext = {
    now: options.now,
    zone: options.zone,
    mappings,
    dateOrder: options.dateOrder,
  };

  if (!options.stdin) {
    io.stdout.write(toJsonLine(parseCommand(options.text, context)));
    return 0;
  }
  // Blank lines get no output line, which keeps results aligned with the non-empty commands.
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() !== '') {
      io.stdout.write(toJsonLine(parseCommand(line, context)));
    }
  }
  return 0;
}
