// A real sandbox over HTTP plus a client whose sleeps and clock are recorded, not waited.
import { createElevenOsClient } from '../../src/elevenos/client.js';
import type {
  ElevenOsCallEvent,
  ElevenOsClient,
  ElevenOsClientOptions,
} from '../../src/elevenos/client.js';
import type { NewResident } from '../../src/elevenos/types.js';
import {
  SANDBOX_ACCOUNT,
  SANDBOX_SITES,
  SANDBOX_TEAM_ID,
  startSandbox,
} from '../../src/sandbox/index.js';
import type { Sandbox, SandboxOptions } from '../../src/sandbox/index.js';

export const REFERENCE_NOW = new Date('2026-12-04T15:00:00Z');
export const TEAM = SANDBOX_TEAM_ID;
export const HUDSON = SANDBOX_SITES.hudsonYards;
export const SUNSET = SANDBOX_SITES.sunsetTerrace;

export interface ClientHarness {
  sandbox: Sandbox;
  client: ElevenOsClient;
  /** Every delay the client asked to sleep, in order. */
  sleeps: number[];
  calls: ElevenOsCallEvent[];
  /** Builds another client against the same sandbox, sharing the sleeps and calls records. */
  makeClient(overrides?: Partial<ElevenOsClientOptions>): ElevenOsClient;
  close(): Promise<void>;
}

export async function startHarness(
  options: { client?: Partial<ElevenOsClientOptions>; sandbox?: SandboxOptions } = {},
): Promise<ClientHarness> {
  const sandbox = await startSandbox({ now: () => REFERENCE_NOW, ...options.sandbox });
  const sleeps: number[] = [];
  const calls: ElevenOsCallEvent[] = [];
  let clientTime = REFERENCE_NOW.getTime();
  const makeClient = (overrides: Partial<ElevenOsClientOptions> = {}) =>
    createElevenOsClient({
      baseUrl: sandbox.baseUrl,
      email: SANDBOX_ACCOUNT.email,
      password: SANDBOX_ACCOUNT.password,
      timeoutMs: 2000,
      now: () => clientTime,
      random: () => 0.5,
      sleep: (ms) => {
        sleeps.push(ms);
        clientTime += ms;
        return Promise.resolve();
      },
      onCall: (event) => calls.push(event),
      ...options.client,
      ...overrides,
    });
  return {
    sandbox,
    client: makeClient(),
    sleeps,
    calls,
    makeClient,
    close: () => sandbox.close(),
  };
}

/** Builds a move-in for a free Hudson Yards unit; override any field. */
export function newResident(overrides: Partial<NewResident> = {}): NewResident {
  return {
    firstName: 'Tess',
    lastName: 'Marlow',
    email: 'tess.marlow@example.com',
    phone: null,
    building: 'Hudson',
    floor: '1',
    unit: '102',
    activationDateUtc: '2027-01-08T11:00:00.000Z',
    deactivationDateUtc: null,
    ...overrides,
  };
}
