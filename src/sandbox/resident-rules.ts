// The documented rules for adding, changing, terminating and purging residents.
import { randomUUID } from 'node:crypto';
import { STATUS, WIRE_ERROR_CODES } from '../elevenos/contract.js';
import type { RuleViolation, SandboxResident, SandboxSite } from './records.js';
import type { ResidentInput } from './resident-input.js';
import { intervalsOverlap, isTerminated } from './resident-status.js';
import type { SandboxState } from './state.js';
import { describePlace, findMapping, samePlace } from './unit-mappings.js';

export type RuleResult =
  { ok: true; resident: SandboxResident } | { ok: false; violation: RuleViolation };

const fail = (status: number, code: RuleViolation['code'], message: string): RuleResult => ({
  ok: false,
  violation: { status, code, message },
});

/** Adds a resident; `input` must come from `parseResidentInput` in add mode. */
export function addResident(
  state: SandboxState,
  site: SandboxSite,
  input: ResidentInput,
  now: Date,
): RuleResult {
  const activation = input.activation ?? now;
  let deactivation = input.deactivation ?? null;
  const candidate: SandboxResident = {
    residentId: randomUUID(),
    siteId: site.siteId,
    firstName: input.firstName ?? '',
    lastName: input.lastName ?? '',
    email: input.email ?? null,
    phone: input.phone ?? null,
    mobile: input.mobile ?? null,
    building: input.building ?? null,
    floor: input.floor ?? null,
    unit: input.unit ?? null,
    activation,
    deactivation,
    terminatedAt: null,
    createdAt: now,
  };
  const problem = checkPlaceAndOrder(site, candidate);
  if (problem !== null) {
    return problem;
  }
  // Documented: with both dates in the past, the activation is kept and the deactivation dropped.
  if (deactivation !== null && activation <= now && deactivation <= now) {
    deactivation = null;
    candidate.deactivation = null;
  }
  const conflict = checkOthers(state, site, candidate, now, candidate.email !== null);
  if (conflict !== null) {
    return conflict;
  }
  state.save(candidate);
  return { ok: true, resident: candidate };
}

/** Changes contact fields, unit or dates; keys absent from `input` stay as they are. */
export function updateResident(
  state: SandboxState,
  site: SandboxSite,
  residentId: string,
  input: ResidentInput,
  now: Date,
): RuleResult {
  const existing = state.resident(site.siteId, residentId);
  if (existing === undefined) {
    return fail(STATUS.notFound, WIRE_ERROR_CODES.notFound, `Resident ${residentId} not found`);
  }
  if (isTerminated(existing, now)) {
    const message = 'A terminated resident cannot be changed; add the resident again instead';
    return fail(STATUS.validation, WIRE_ERROR_CODES.validation, message);
  }
  const merged: SandboxResident = { ...existing };
  merged.firstName = input.firstName ?? existing.firstName;
  merged.lastName = input.lastName ?? existing.lastName;
  for (const key of ['email', 'phone', 'mobile', 'building', 'floor', 'unit'] as const) {
    if (input[key] !== undefined) {
      merged[key] = input[key];
    }
  }
  merged.activation = input.activation ?? existing.activation;
  if (input.deactivation !== undefined) {
    merged.deactivation = input.deactivation;
  }
  // Documented: a past deactivation on a current resident is cleared, and the status stays.
  // Only terminate ends service.
  if (input.deactivation && merged.activation <= now && input.deactivation <= now) {
    merged.deactivation = null;
  }

  const emailChanged = input.email !== undefined;
  const problem =
    checkPlaceAndOrder(site, merged) ?? checkOthers(state, site, merged, now, emailChanged);
  if (problem !== null) {
    return problem;
  }
  state.save(merged);
  return { ok: true, resident: merged };
}

/** Ends service now; terminating a terminated resident changes nothing. */
export function terminateResident(
  state: SandboxState,
  site: SandboxSite,
  residentId: string,
  now: Date,
): RuleResult {
  const existing = state.resident(site.siteId, residentId);
  if (existing === undefined) {
    return fail(STATUS.notFound, WIRE_ERROR_CODES.notFound, `Resident ${residentId} not found`);
  }
  if (isTerminated(existing, now)) {
    return { ok: true, resident: existing };
  }
  const terminated = { ...existing, terminatedAt: now };
  state.save(terminated);
  return { ok: true, resident: terminated };
}

/** Ends service and deletes the record. */
export function purgeResident(
  state: SandboxState,
  site: SandboxSite,
  residentId: string,
  now: Date,
): RuleResult {
  const result = terminateResident(state, site, residentId, now);
  if (result.ok) {
    state.delete(residentId);
  }
  return result;
}

function checkPlaceAndOrder(site: SandboxSite, resident: SandboxResident): RuleResult | null {
  if (findMapping(site, resident) === undefined) {
    const place = describePlace(resident);
    const message = `${place.charAt(0).toUpperCase()}${place.slice(1)} is not in the site mappings`;
    return fail(STATUS.validation, WIRE_ERROR_CODES.validation, message);
  }
  if (resident.deactivation !== null && resident.activation >= resident.deactivation) {
    const message = 'ActivationDateUTC must come before DeactivationDateUTC';
    return fail(STATUS.validation, WIRE_ERROR_CODES.validation, message);
  }
  return null;
}

// Assumed: a duplicate is the same email, ignoring case, as another resident of the site who is
// not terminated and whose service overlaps the new one; a resident moving between units holds
// two records, one ending before the other starts. A unit check applies only to mapping rows with
// a Unit: on MDU-SSO sites many residents share a building.
function checkOthers(
  state: SandboxState,
  site: SandboxSite,
  resident: SandboxResident,
  now: Date,
  checkEmail: boolean,
): RuleResult | null {
  const others = state
    .residentsOf(site.siteId)
    .filter((other) => other.residentId !== resident.residentId);
  const email = resident.email?.toLowerCase();
  const duplicate =
    checkEmail &&
    email !== undefined &&
    others.some(
      (other) =>
        other.email?.toLowerCase() === email &&
        !isTerminated(other, now) &&
        intervalsOverlap(other, resident),
    );
  if (duplicate) {
    const message = 'A resident with this email already exists at the site';
    return fail(STATUS.conflict, WIRE_ERROR_CODES.conflict, message);
  }
  if (resident.unit === null) {
    return null;
  }
  const holder = others.find(
    (other) => samePlace(other, resident) && intervalsOverlap(other, resident),
  );
  if (holder !== undefined) {
    const message = `${describePlace(resident)} is held by another resident on overlapping dates`;
    return fail(STATUS.unitOccupied, WIRE_ERROR_CODES.unitOccupied, message);
  }
  return null;
}
