import { createApiCaller } from './api-caller.js';
import type { ElevenOsClient, ElevenOsClientOptions } from './client-types.js';
import { ROUTES, RESPONSE_SCHEMAS } from './contract.js';
import { ElevenOsError } from './errors.js';
import { createHttpTransport } from './http-transport.js';
import { createResidentWrites } from './resident-writes.js';
import { DEFAULT_RETRY, RetryBudget } from './retry-policy.js';
import { createTokenCache } from './token-cache.js';

export type { ElevenOsClient, ElevenOsClientOptions, JobReceipt } from './client-types.js';
export type { ElevenOsCallEvent } from './http-transport.js';

const DEFAULT_TIMEOUT_MS = 10_000;

/** Creates the ElevenOS API client: cached token, bounded read retries, checked writes. */
export function createElevenOsClient(options: ElevenOsClientOptions): ElevenOsClient {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? wait;
  const random = options.random ?? Math.random;
  const retry = { ...DEFAULT_RETRY, ...options.retry };
  const newBudget = () => new RetryBudget(retry, now, random);

  const transport = createHttpTransport({
    baseUrl: options.baseUrl,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    now,
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
    ...(options.beforeError === undefined ? {} : { beforeError: options.beforeError }),
    ...(options.onCall === undefined ? {} : { onCall: options.onCall }),
  });
  const tokens = createTokenCache({ ...options, transport, now, sleep, newBudget });
  const api = createApiCaller({ transport, tokens, sleep, newBudget });
  const writes = createResidentWrites({ api, now, sleep, newBudget });

  const listTeams = () => api.read(ROUTES.listTeams, {}, RESPONSE_SCHEMAS.teams);

  async function checkToken(): Promise<void> {
    await tokens.refresh();
    if (options.teamId === undefined) {
      return;
    }
    const teams = await listTeams();
    if (!teams.some((team) => team.teamId === options.teamId)) {
      const message = `The ElevenOS account does not reach team ${options.teamId}; check the team id`;
      throw new ElevenOsError(message, {
        code: 'ELEVENOS_NOT_FOUND',
        status: null,
        method: ROUTES.listTeams.method,
        pathTemplate: ROUTES.listTeams.template,
        outcome: 'not_applied',
      });
    }
  }

  return {
    listTeams,
    listSites: (teamId) => api.read(ROUTES.listSites, { teamId }, RESPONSE_SCHEMAS.sites),
    getMappings: (teamId, siteId) =>
      api.read(ROUTES.getMappings, { teamId, siteId }, RESPONSE_SCHEMAS.mappings),
    listResidents: (teamId, siteId) =>
      api.read(ROUTES.listResidents, { teamId, siteId }, RESPONSE_SCHEMAS.residents),
    getResident: (teamId, siteId, residentId) =>
      api.read(ROUTES.getResident, { teamId, siteId, residentId }, RESPONSE_SCHEMAS.resident),
    ...writes,
    checkToken,
  };
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
