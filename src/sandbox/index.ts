export { startSandbox } from './server.js';
export type { Sandbox, SandboxOptions } from './server.js';
export {
  SANDBOX_ACCOUNT,
  SANDBOX_SITES,
  SANDBOX_STAFF_ACCOUNT,
  SANDBOX_TEAM_ID,
} from './seed-sites.js';
export { SANDBOX_RESIDENT_IDS } from './seed-residents.js';
export type { FailurePlan, FaultSettings, HangPlan } from './faults.js';
export type { JobReport, JobRowError, SandboxEmail } from './outbox.js';
export type { LoggedRequest } from './request-log.js';
