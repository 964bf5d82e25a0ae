import type { Resident } from '../elevenos/types.js';

function unitKey(resident: Resident): string | null {
  if (resident.building === null && resident.floor === null && resident.unit === null) return null;
  return [resident.building, resident.floor, resident.unit]
    .map((part) => (part ?? '').toLowerCase())
    .join('|');
}

function period(resident: Resident): [number, number] {
  const start = Date.parse(resident.activationDateUtc);
  const end =
    resident.deactivationDateUtc === null ? Infinity : Date.parse(resident.deactivationDateUtc);
  return [start, end];
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
    byUnit.set(key, [...(byUnit.get(key) ?? []), resident]);
  }

  const clashes = new Map<string, Resident[]>();
  for (const group of byUnit.values()) {
    for (const resident of group) {
      const [start, end] = period(resident);
      const others = group.filter((other) => {
        if (other.residentId === resident.residentId) return false;
        const [otherStart, otherEnd] = period(other);
        return start < otherEnd && otherStart < end;
      });
      if (others.length > 0) clashes.set(resident.residentId, others);
    }
  }
  return clashes;
}

/** Whether Wi-Fi should have started by `now` although ElevenOS still lists it as scheduled. */
export function isOverdue(resident: Resident, now: Date): boolean {
  return (
    resident.status.includes('scheduled') && Date.parse(resident.activationDateUtc) <= now.getTime()
  );
}
