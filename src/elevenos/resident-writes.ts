import { ROUTES, RESPONSE_SCHEMAS, toWireNewResident, toWireResidentChanges } from './contract.js';
import type { ApiRoute, PathParams } from './contract.js';
import { decodeBody } from './api-caller.js';
import type { ApiCaller } from './api-caller.js';
import type { ElevenOsClient, JobReceipt } from './client-types.js';
import { ElevenOsError } from './errors.js';
import { matchesNewResident, showsChanges } from './read-back.js';
import type { RetryBudget } from './retry-policy.js';
import type { BulkAction, NewResident, ResidentChanges } from './types.js';
import { performWrite } from './write-recovery.js';
import type { ReadBackFound } from './write-recovery.js';

export interface ResidentWritesOptions {
  api: ApiCaller;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  newBudget: () => RetryBudget;
}

type ResidentWrites = Pick<
  ElevenOsClient,
  | 'addResident'
  | 'updateResident'
  | 'terminateResident'
  | 'purgeResident'
  | 'importResidents'
  | 'bulkAction'
>;

const NOT_FOUND = { found: false } as const;

export function createResidentWrites(options: ResidentWritesOptions): ResidentWrites {
  const { api } = options;
  const run = <T>(plan: Parameters<typeof performWrite<T>>[0]) =>
    performWrite(plan, options.newBudget(), options.sleep);
  const decodeResident = (route: ApiRoute) => (status: number, body: unknown) =>
    decodeBody(RESPONSE_SCHEMAS.resident, body, route, status, true);
  const getResident = (params: PathParams) =>
    api.read(ROUTES.getResident, params, RESPONSE_SCHEMAS.resident);

  function addResident(teamId: string, siteId: string, resident: NewResident) {
    return run({
      attempt: () =>
        api.attempt(ROUTES.addResident, { teamId, siteId }, toWireNewResident(resident)),
      decode: decodeResident(ROUTES.addResident),
      readBack: async () => {
        const residents = await api.read(
          ROUTES.listResidents,
          { teamId, siteId },
          RESPONSE_SCHEMAS.residents,
        );
        const added = residents.find((candidate) => matchesNewResident(candidate, resident));
        return added === undefined ? NOT_FOUND : { found: true, value: added };
      },
    });
  }

  function updateResident(
    teamId: string,
    siteId: string,
    residentId: string,
    changes: ResidentChanges,
  ) {
    const params = { teamId, siteId, residentId };
    return run({
      attempt: () => api.attempt(ROUTES.updateResident, params, toWireResidentChanges(changes)),
      decode: decodeResident(ROUTES.updateResident),
      readBack: async () => {
        const current = await getResident(params);
        return showsChanges(current, changes, options.now())
          ? { found: true, value: current }
          : NOT_FOUND;
      },
    });
  }

  function terminateResident(teamId: string, siteId: string, residentId: string) {
    const params = { teamId, siteId, residentId };
    return run<void>({
      attempt: () => api.attempt(ROUTES.terminateResident, params),
      decode: () => undefined,
      readBack: async () => {
        const current = await getResident(params);
        return current.status.includes('terminated')
          ? { found: true, value: undefined }
          : NOT_FOUND;
      },
    });
  }

  function purgeResident(teamId: string, siteId: string, residentId: string) {
    const params = { teamId, siteId, residentId };
    return run<void>({
      attempt: () => api.attempt(ROUTES.purgeResident, params),
      decode: () => undefined,
      readBack: () => isPurged(() => getResident(params)),
    });
  }

  function importResidents(teamId: string, siteId: string, residents: NewResident[]) {
    const body = { Residents: residents.map(toWireNewResident) };
    return startJob(api, ROUTES.importResidents, { teamId, siteId }, body);
  }

  function bulkAction(teamId: string, siteId: string, action: BulkAction, residentIds: string[]) {
    const body = { Action: action, ResidentIds: residentIds };
    return startJob(api, ROUTES.bulkAction, { teamId, siteId }, body);
  }

  return {
    addResident,
    updateResident,
    terminateResident,
    purgeResident,
    importResidents,
    bulkAction,
  };
}

async function isPurged(read: () => Promise<unknown>): Promise<ReadBackFound<void>> {
  try {
    await read();
    return NOT_FOUND;
  } catch (error) {
    if (error instanceof ElevenOsError && error.code === 'ELEVENOS_NOT_FOUND') {
      return { found: true, value: undefined };
    }
    throw error;
  }
}

// Bulk jobs are never repeated: ElevenOS documents no idempotency key, and a job that was
// accepted but not acknowledged would run twice. The caller reads the residents back instead.
async function startJob(
  api: ApiCaller,
  route: ApiRoute,
  params: PathParams,
  body: unknown,
): Promise<JobReceipt> {
  const result = await api.attempt(route, params, body);
  if (!result.ok) {
    throw result.error;
  }
  return decodeBody(RESPONSE_SCHEMAS.job, result.body, route, result.status, true);
}
