// Child process for site-zone.test.ts, because jest cannot change the zone of its own process.
// It parses the commands in argv[2] at each instant in argv[3] and prints the results as JSON.
import { parseCommand } from '../../src/parse/parse-command.js';

const commands = JSON.parse(process.argv[2] ?? '[]') as string[];
const instants = JSON.parse(process.argv[3] ?? '[]') as string[];
const results = instants.map((now) =>
  commands.map((text) =>
    parseCommand(text, { now: new Date(now), zone: 'America/New_York', mappings: [] }),
  ),
);
process.stdout.write(
  JSON.stringify({ offset: new Date('2027-01-15T12:00:00Z').getTimezoneOffset(), results }),
);
