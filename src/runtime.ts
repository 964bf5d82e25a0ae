import type { FrontdeskConfig } from './config.js';
import { createFrontdesk, type Frontdesk } from './bot/frontdesk.js';
import type { Language } from './bot/language.js';
import { createSiteDirectory, type SiteDirectory } from './bot/site-directory.js';
import {
  createElevenOsClient,
  type ElevenOsCallEvent,
  type ElevenOsClient,
} from './elevenos/client.js';
import { type AuditLog, createAuditLog } from './audit/audit-log.js';
import { createExtensions } from './extensions.js';
import { createHealthCheck, type HealthReport } from './ops/health.js';
import { createMetrics, type Metrics } from './ops/metrics.js';
import type { Logger } from './log.js';
import { parseCommand } from './parse/parse-command.js';
import { parseDateAnswer } from './dates/parse-date-answer.js';
import { openStore } from './store/open-store.js';
import type { Store } from './store/store.js';
import { resolveUnit } from './units/resolve-unit.js';

export interface Runtime {
  frontdesk: Frontdesk;
  client: ElevenOsClient;
  sites: SiteDirectory;
  store: Store;
  audit: AuditLog;
  metrics: Metrics;
  /** Checks the store and ElevenOS, for /healthz. */
  health: () => Promise<HealthReport>;
  /** Base URL of the embedded sandbox, or null when a real ElevenOS account is configured. */
  sandboxUrl: string | null;
  close(): Promise<void>;
}

export const language: Language = {
  parseCommand,
  parseDate: (text, context) => parseDateAnswer(text, context).date,
  resolveUnit: (text, mappings) => {
    const resolution = resolveUnit(text, mappings);
    // A not-found result without suggestions means the text named no unit at all.
    return resolution.status === 'not_found' && resolution.suggestions.length === 0
      ? null
      : resolution;
  },
};

/**
 * Builds Frontdesk from its configuration: the embedded sandbox when no ElevenOS account is set,
 * the client, the store and the bot. `now` lets tests move the clock.
 */
export async function createRuntime(
  config: FrontdeskConfig,
  logger: Logger,
  options: {
    now?: () => Date;
    /** Sees every ElevenOS call (method, path template, status, duration); tests count them. */
    onElevenOsCall?: (call: ElevenOsCallEvent) => void;
  } = {},
): Promise<Runtime> {
  // The sandbox module is imported only when it runs, so a process with an ElevenOS account never
  // loads it.
  const sandboxModule = config.elevenOs === null ? await import('./sandbox/index.js') : null;
  const sandbox =
    sandboxModule === null
      ? null
      : await sandboxModule.startSandbox({
          port: config.sandboxPort,
          ...(options.now ? { now: options.now } : {}),
        });
  const account = config.elevenOs ?? {
    baseUrl: sandbox!.baseUrl,
    email: sandboxModule!.SANDBOX_ACCOUNT.email,
    password: sandboxModule!.SANDBOX_ACCOUNT.password,
    teamId: sandboxModule!.SANDBOX_TEAM_ID,
  };
  const store = await openStore(config);
  const now = options.now ?? (() => new Date());
  const metrics = createMetrics();
  const audit = metrics.observeAudit(
    createAuditLog(store.db, logger.child({ component: 'audit' })),
  );
  // API calls are audited without delaying them; close() waits for the writes still running.
  const pendingAudits = new Set<Promise<void>>();
  const auditCall = (call: ElevenOsCallEvent) => {
    const write = audit
      .record({
        kind: 'api_call',
        at: now(),
        actor: null,
        conversationKey: null,
        siteId: null,
        proposalId: null,
        detail: {
          method: call.method,
          path: call.pathTemplate,
          status: call.status,
          durationMs: Math.round(call.durationMs),
        },
      })
      .finally(() => pendingAudits.delete(write));
    pendingAudits.add(write);
  };
  const client = createElevenOsClient({
    baseUrl: account.baseUrl,
    email: account.email,
    password: account.password,
    timeoutMs: config.elevenOsTimeoutMs,
    onCall: (call) => {
      logger.debug(call, 'elevenos call');
      options.onElevenOsCall?.(call);
      auditCall(call);
    },
  });
  const sites = createSiteDirectory(client, { teamId: account.teamId });
  const extensions = createExtensions({
    client,
    sites,
    store,
    logger: logger.child({ component: 'extensions' }),
    config,
    now,
    audit,
  });
  const frontdesk = createFrontdesk({
    client,
    sites,
    store,
    language,
    logger: logger.child({ component: 'frontdesk' }),
    ...(options.now ? { now: options.now } : {}),
    proposalTtlMs: config.proposalTtlMs,
    undoWindowMs: config.undoWindowMs,
    defaultSite: config.defaultSite,
    dayFirstSites: config.dayFirstSites,
    extensions,
    audit,
    onCommand: (intent) => metrics.countCommand(intent),
  });

  return {
    frontdesk,
    client,
    sites,
    store,
    sandboxUrl: sandbox?.baseUrl ?? null,
    audit,
    metrics,
    health: createHealthCheck({ store, client }),
    async close() {
      await Promise.all([...pendingAudits]);
      await store.close();
      await sandbox?.close();
    },
  };
}
