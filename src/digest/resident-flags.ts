import type { Resident } from '../elevenos/types.js';

function unitKey(resident: Resident): string | null {
  const { building, floor, unit } = resident;
  if (building === null && floor === null && unit === null) return null;
  return `${(building ?? '').toLowerCase()}|${(floor ?? '').toLowerCase()}|${(unit ?? '').toLowerCase()}`;
}

function startOf(resident: Resident): number {
  return Date.parse(resident.activationDateUtc);
}

function endOf(resident: Resident): number {
  return resident.deactivationDateUtc === null
    ? Infinity
    : Date.parse(resident.deactivationDateUtc);
}

/**
 * Finds residents whose service periods overlap in one unit, which ElevenOS should not allow and
 * staff must sort out. Terminated residents hold no unit. Returns the other residents per id.
 */
export function findClashes(residents: Resident[]): Map<string, Resident[]> {
  const byUnit = new Map<string, Resident[]>();
  for (const resident of residents) {
    const key = unitKey(resident);
    if (key === null || resident.status.includes('terminated')) continue;
    const group = byUnit.get(key);
    if (group === undefined) byUnit.set(key, [resident]);
    else group.push(resident);
  }

  const clashes = new Map<string, Resident[]>();
  for (const group of byUnit.values()) {
    if (group.length > 1) addGroupClashes(group, clashes);
  }
  return clashes;
}

/**
 * Compares every pair in one unit, in plain loops over periods parsed once per group. Parsing
 * dates and allocating closures inside the pair loop dominated digests of large sites.
 */
function addGroupClashes(group: Resident[], clashes: Map<string, Resident[]>): void {
  const starts = group.map(startOf);
  const ends = group.map(endOf);
  for (let i = 0; i < group.length; i += 1) {
    const resident = group[i]!;
    const others: Resident[] = [];
    for (let j = 0; j < group.length; j += 1) {
      const other = group[j]!;
      if (
        other.residentId !== resident.residentId &&
        starts[i]! < ends[j]! &&
        starts[j]! < ends[i]!
      ) {
        others.push(other);
      }
    }
    if (others.length > 0) clashes.set(resident.residentId, others);
  }
}

/** Whether Wi-Fi should have started by `now` although ElevenOS still lists it as scheduled. */
export function isOverdue(resident: Resident, now: Date): boolean {
  return (
    resident.status.includes('scheduled') && Date.parse(resident.activationDateUtc) <= now.getTime()
  );
}
