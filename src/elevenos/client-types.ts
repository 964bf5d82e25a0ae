import type { BeforeErrorHook } from 'ky';
import type { ElevenOsCallEvent } from './http-transport.js';
import type { RetryOptions } from './retry-policy.js';
import type {
  BulkAction,
  NewResident,
  Resident,
  ResidentChanges,
  Site,
  Team,
  UnitMapping,
} from './types.js';

export interface ElevenOsClientOptions {
  /** Base URL including the version prefix, such as https://api.11os.com/v2. */
  baseUrl: string;
  email: string;
  password: string;
  /** When set, `checkToken` also confirms that the account reaches this team. */
  teamId?: string;
  fetch?: typeof globalThis.fetch;
  /** Time limit of each HTTP attempt for the headers, and again for the body, in ms. */
  timeoutMs?: number;
  retry?: Partial<RetryOptions>;
  /** Waits between retries; tests pass one that records the delays. */
  sleep?: (ms: number) => Promise<void>;
  /** Current time in epoch milliseconds, for the retry budget and `Retry-After` dates. */
  now?: () => number;
  /** Source of jitter in [0, 1). */
  random?: () => number;
  /** Called after every HTTP attempt, retries included. */
  onCall?: (event: ElevenOsCallEvent) => void;
  /** Observers of HTTP error responses, such as a logger; they cannot change the result. */
  beforeError?: BeforeErrorHook[];
}

export interface JobReceipt {
  jobId: string;
}

/** The ElevenOS calls Frontdesk makes. Every failure is an ElevenOsError. */
export interface ElevenOsClient {
  listTeams(): Promise<Team[]>;
  listSites(teamId: string): Promise<Site[]>;
  getMappings(teamId: string, siteId: string): Promise<UnitMapping[]>;
  listResidents(teamId: string, siteId: string): Promise<Resident[]>;
  getResident(teamId: string, siteId: string, residentId: string): Promise<Resident>;
  addResident(teamId: string, siteId: string, resident: NewResident): Promise<Resident>;
  updateResident(
    teamId: string,
    siteId: string,
    residentId: string,
    changes: ResidentChanges,
  ): Promise<Resident>;
  /** Ends the resident's service now. */
  terminateResident(teamId: string, siteId: string, residentId: string): Promise<void>;
  /** Ends the resident's service and deletes the record. */
  purgeResident(teamId: string, siteId: string, residentId: string): Promise<void>;
  /** Starts an import job. Never retried: the caller reads the residents back to reconcile. */
  importResidents(teamId: string, siteId: string, residents: NewResident[]): Promise<JobReceipt>;
  /** Starts a bulk job. Never retried: the caller reads the residents back to reconcile. */
  bulkAction(
    teamId: string,
    siteId: string,
    action: BulkAction,
    residentIds: string[],
  ): Promise<JobReceipt>;
  /** Requests a new token, proving the credentials work; used by health checks. */
  checkToken(): Promise<void>;
}
