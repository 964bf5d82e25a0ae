// The sandbox's own records, with instants as Dates. Wire shapes are built from them for each
// response, because status and local times depend on the clock and the site's zone.
import type { WireErrorCode } from '../elevenos/contract.js';
import type { SiteType, UnitMapping } from '../elevenos/types.js';

export interface SandboxSite {
  siteId: string;
  teamId: string;
  name: string;
  siteType: SiteType;
  timeZone: string;
  mappings: UnitMapping[];
}

export interface SandboxTeam {
  teamId: string;
  name: string;
}

export interface SandboxResident {
  residentId: string;
  siteId: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  mobile: string | null;
  building: string | null;
  floor: string | null;
  unit: string | null;
  activation: Date;
  deactivation: Date | null;
  /** Set by terminate; service ended at this instant. */
  terminatedAt: Date | null;
  createdAt: Date;
}

export interface SandboxAccount {
  email: string;
  password: string;
  teamId: string;
  /** Sites this account reaches; null for a team account, which reaches every site. */
  siteIds: string[] | null;
}

/** A rejected request, as the API reports it. */
export interface RuleViolation {
  status: number;
  code: WireErrorCode;
  message: string;
}
