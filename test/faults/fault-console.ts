import { createConsoleSession } from '../../adapters/console/console-adapter.js';
import type { AuditEvent } from '../../src/audit/audit-log.js';
import type { Card } from '../../src/bot/replies.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/log.js';
import { createRuntime, type Runtime } from '../../src/runtime.js';
import {
  SANDBOX_ACCOUNT,
  SANDBOX_SITES,
  SANDBOX_TEAM_ID,
  startSandbox,
  type Sandbox,
} from '../../src/sandbox/index.js';
import type { RouteName } from '../../src/elevenos/contract.js';

/** The corpus's reference instant: Friday 2026-12-04, 10:00 in New York. */
export const REFERENCE_NOW = new Date('2026-12-04T15:00:00Z');

export interface FaultConsole {
  sandbox: Sandbox;
  runtime: Runtime;
  /** Types one line into the console and returns what it printed. */
  say(line: string): Promise<string>;
  latestCard(): Card | null;
  /** Audit events since the reference instant, API calls included. */
  audit(): Promise<AuditEvent[]>;
  /** Statuses the sandbox answered on `route`, in order. */
  statuses(route: RouteName): number[];
  /** Residents at Hudson Yards with this email, as the sandbox stores them. */
  residentsWithEmail(email: string): number;
  close(): Promise<void>;
}

/**
 * Starts a sandbox this test controls directly, the real runtime pointed at it, and a console
 * session on top, so faults are set on the sandbox object and writes are counted in its log.
 */
export async function startFaultConsole(env: Record<string, string> = {}): Promise<FaultConsole> {
  const now = () => REFERENCE_NOW;
  const sandbox = await startSandbox({ now });
  const runtime = await createRuntime(
    loadConfig({
      FRONTDESK_DB_PATH: ':memory:',
      ELEVENOS_BASE_URL: sandbox.baseUrl,
      ELEVENOS_EMAIL: SANDBOX_ACCOUNT.email,
      ELEVENOS_PASSWORD: SANDBOX_ACCOUNT.password,
      ELEVENOS_TEAM_ID: SANDBOX_TEAM_ID,
      ...env,
    }),
    silentLogger(),
    { now },
  );
  const session = createConsoleSession({ frontdesk: runtime.frontdesk, logger: silentLogger() });

  return {
    sandbox,
    runtime,
    say: (line) => session.handleLine(line),
    latestCard: () => session.latestCard(),
    audit: () => runtime.audit.list({ since: REFERENCE_NOW }),
    statuses: (route) =>
      sandbox.requests
        .list()
        .filter((entry) => entry.route === route)
        .map((entry) => entry.status),
    residentsWithEmail: (email) =>
      sandbox.state
        .residentsOf(SANDBOX_SITES.hudsonYards)
        .filter((resident) => resident.email === email).length,
    async close() {
      await runtime.close();
      await sandbox.close();
    },
  };
}
