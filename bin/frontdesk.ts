// The `frontdesk` command line: `start` (what `npm start` runs), `parse`, `sandbox`. Each
// subcommand is imported only when used, so `parse` starts fast and loads no database.
const [command = 'start', ...rest] = process.argv.slice(2);

const USAGE = `usage: frontdesk <command>

  start                  run Frontdesk (console chat; the sandbox when no ElevenOS account is set)
  worker                 run the background tasks (bulk jobs, digests)
  migrate                bring the database schema up to date
  audit --since DATE     export the audit trail (--site NAME|ID, --format csv|json)
  parse [--stdin] TEXT   print the parse of a command as JSON
  import FILE --check    check a CSV of move-ins and print one line per row (sends nothing)
  sandbox [--port N]     run the ElevenOS sandbox alone and print its base URL
  digest next|preview    print a digest schedule's next runs, or a site's digest now
`;

async function main(): Promise<number> {
  switch (command) {
    case 'start': {
      const { runStart } = await import('./start.js');
      return runStart(rest);
    }
    case 'audit': {
      const { runAudit } = await import('./audit.js');
      return runAudit(rest);
    }
    case 'migrate': {
      const { runMigrate } = await import('./migrate.js');
      return runMigrate();
    }
    case 'worker': {
      const { runWorker } = await import('./worker.js');
      return runWorker(rest);
    }
    case 'parse': {
      const { runParseCommand } = await import('../src/cli/parse-command.js');
      return runParseCommand(rest, process);
    }
    case 'import': {
      const { runImport } = await import('./import.js');
      return runImport(rest);
    }
    case 'sandbox': {
      const { runSandboxCommand } = await import('../src/cli/sandbox-command.js');
      const { ConfigError } = await import('../src/errors.js');
      try {
        await runSandboxCommand(rest, process.stdout);
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        process.stderr.write(`frontdesk sandbox: ${error.problems.join('; ')}\n${USAGE}`);
        return 2;
      }
      return 0;
    }
    case 'digest': {
      const { runDigest } = await import('./digest.js');
      return runDigest(rest);
    }
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(USAGE);
      return 0;
    default:
      process.stderr.write(`Unknown command "${command}".\n${USAGE}`);
      return 2;
  }
}

process.exitCode = await main();
