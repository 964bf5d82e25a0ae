// Sandbox records in the wire shapes of the contract.
import { formatSiteLocal, formatUtcNoOffset, formatUtcWithOffset } from '../elevenos/contract.js';
import type { WireMapping, WireResident, WireSite, WireTeam } from '../elevenos/contract.js';
import type { UnitMapping } from '../elevenos/types.js';
import type { SandboxResident, SandboxSite, SandboxTeam } from './records.js';
import { residentStatus, serviceEnd } from './resident-status.js';
import { findMapping } from './unit-mappings.js';

export function toWireTeam(team: SandboxTeam): WireTeam {
  return { TeamId: team.teamId, Name: team.name };
}

export function toWireSite(site: SandboxSite): WireSite {
  return { SiteId: site.siteId, Name: site.name, SiteType: site.siteType, TimeZone: site.timeZone };
}

export function toWireMapping(mapping: UnitMapping): WireMapping {
  return {
    Building: mapping.building,
    Floor: mapping.floor,
    Unit: mapping.unit,
    VLAN: mapping.vlan,
    SSID: mapping.ssid,
    Passphrase: mapping.passphrase,
  };
}

/**
 * Builds the resident record as ElevenOS returns it. Assumed: `DeactivationDate` shows when
 * service ended for a terminated resident, `OnboardedAt` is when service started (null while
 * scheduled), and `ServiceAreaNumber` is the unit's VLAN.
 */
export function toWireResident(
  resident: SandboxResident,
  site: SandboxSite,
  now: Date,
): WireResident {
  const end = serviceEnd(resident);
  const mapping = findMapping(site, resident);
  const onboarded =
    resident.activation <= now
      ? new Date(Math.max(resident.activation.getTime(), resident.createdAt.getTime()))
      : null;
  return {
    ResidentId: resident.residentId,
    UUID: resident.residentId,
    FirstName: resident.firstName,
    LastName: resident.lastName,
    Email: resident.email,
    Phone: resident.phone,
    Mobile: resident.mobile,
    Building: resident.building,
    Floor: resident.floor,
    Unit: resident.unit,
    ActivationDate: formatSiteLocal(resident.activation, site.timeZone),
    DeactivationDate: end === null ? null : formatSiteLocal(end, site.timeZone),
    ActivationDateUTC: formatUtcWithOffset(resident.activation),
    DeactivationDateUTC: end === null ? null : formatUtcWithOffset(end),
    OnboardedAt: onboarded === null ? null : formatUtcNoOffset(onboarded),
    SSID: mapping?.ssid ?? null,
    ServiceAreaNumber: mapping?.vlan ?? null,
    Status: residentStatus(resident, now),
  };
}
