import type { ResidentStatus } from '../elevenos/types.js';
import type { SandboxResident } from './records.js';

/** Derives the status list from the dates and `now`, as ElevenOS reports it. */
export function residentStatus(resident: SandboxResident, now: Date): ResidentStatus[] {
  const end = serviceEnd(resident);
  if (end !== null && end <= now) {
    return ['terminated'];
  }
  if (resident.activation > now) {
    return ['scheduled'];
  }
  return resident.deactivation === null ? ['current'] : ['current', 'pending'];
}

export function isTerminated(resident: SandboxResident, now: Date): boolean {
  return residentStatus(resident, now).includes('terminated');
}

/** When service ends: at termination or deactivation, whichever is first; null for never. */
export function serviceEnd(resident: SandboxResident): Date | null {
  const ends = [resident.terminatedAt, resident.deactivation].filter((d): d is Date => d !== null);
  return ends.length === 0 ? null : new Date(Math.min(...ends.map((d) => d.getTime())));
}

/** Checks whether two residents' service intervals share an instant; an open end runs forever. */
export function intervalsOverlap(a: SandboxResident, b: SandboxResident): boolean {
  const endA = serviceEnd(a)?.getTime() ?? Number.POSITIVE_INFINITY;
  const endB = serviceEnd(b)?.getTime() ?? Number.POSITIVE_INFINITY;
  return a.activation.getTime() < endB && b.activation.getTime() < endA;
}
