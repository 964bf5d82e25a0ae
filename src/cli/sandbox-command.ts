// `frontdesk sandbox [--port N]`: runs the ElevenOS sandbox alone until SIGINT or SIGTERM.
import { ConfigError } from '../errors.js';
import {
  SANDBOX_ACCOUNT,
  SANDBOX_STAFF_ACCOUNT,
  SANDBOX_TEAM_ID,
  startSandbox,
} from '../sandbox/index.js';

export interface SandboxCommandOptions {
  /** Stops the sandbox when aborted; without it, SIGINT or SIGTERM stops it. */
  signal?: AbortSignal;
}

/** Starts the sandbox, prints how to reach it, and resolves once it has stopped. */
export async function runSandboxCommand(
  argv: string[],
  out: NodeJS.WritableStream,
  options: SandboxCommandOptions = {},
): Promise<void> {
  const port = parsePort(argv);
  const sandbox = await startSandbox({ port });

  const sites = sandbox.state.sites.map(
    (site) => `${site.siteId} (${site.name}, ${site.siteType})`,
  );
  const staffSite = sandbox.state.site(SANDBOX_STAFF_ACCOUNT.siteId)?.name ?? '';
  out.write(
    [
      `ElevenOS sandbox running at ${sandbox.baseUrl}`,
      `  Account   ${SANDBOX_ACCOUNT.email}  password ${SANDBOX_ACCOUNT.password}`,
      `  Staff     ${SANDBOX_STAFF_ACCOUNT.email}  password ${SANDBOX_STAFF_ACCOUNT.password}  (${staffSite} only)`,
      `  Team      ${SANDBOX_TEAM_ID} (Frontdesk Demo)`,
      `  Sites     ${sites.join('\n            ')}`,
      `  Controls  ${sandbox.origin}/_sandbox/ (outbox, faults, clock, reset)`,
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );

  await waitForStop(options.signal);
  await sandbox.close();
  out.write('ElevenOS sandbox stopped.\n');
}

function parsePort(argv: string[]): number {
  const index = argv.findIndex((arg) => arg === '--port' || arg.startsWith('--port='));
  if (index === -1) {
    return 0;
  }
  const flag = argv[index] ?? '';
  const text = flag.includes('=') ? flag.slice('--port='.length) : argv[index + 1];
  const port = Number(text);
  if (text === undefined || !/^\d+$/.test(text) || port > 65535) {
    throw new ConfigError([`--port must be a whole number from 0 to 65535, got "${text ?? ''}"`]);
  }
  return port;
}

function waitForStop(signal: AbortSignal | undefined): Promise<void> {
  if (signal !== undefined) {
    return signal.aborted
      ? Promise.resolve()
      : new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
  }
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
