import type { Resident, Site, UnitMapping } from '../../src/elevenos/types.js';

export const UNITS_PER_BUILDING = 500;
const FLOORS = 20;
const UNITS_PER_FLOOR = UNITS_PER_BUILDING / FLOORS;

export const BENCH_SITE: Site = {
  siteId: 'bench-site',
  name: 'Bench Towers',
  siteType: 'PPK',
  timeZone: 'America/New_York',
};

/** Unit number on a floor, such as 1204 for the fourth unit of floor 12. */
export function unitName(floor: number, index: number): string {
  return `${floor}${String(index + 1).padStart(2, '0')}`;
}

/** Mappings of `units` units in towers of 500 (20 floors of 25), named "Tower 1", "Tower 2"... */
export function syntheticMappings(units: number): UnitMapping[] {
  const mappings: UnitMapping[] = [];
  for (let n = 0; n < units; n += 1) {
    const building = Math.floor(n / UNITS_PER_BUILDING) + 1;
    const floor = Math.floor((n % UNITS_PER_BUILDING) / UNITS_PER_FLOOR) + 1;
    mappings.push({
      building: `Tower ${building}`,
      floor: String(floor),
      unit: unitName(floor, n % UNITS_PER_FLOOR),
      vlan: String(100 + n),
      ssid: 'Bench Residents',
      passphrase: null,
    });
  }
  return mappings;
}

const DAY_MS = 86_400_000;

/**
 * `count` residents of Tower 1..n, with move-ins and move-outs spread over 60 days around `now`
 * so that about a tenth fall in a seven-day window.
 */
export function syntheticResidents(count: number, now: Date): Resident[] {
  const residents: Resident[] = [];
  for (let n = 0; n < count; n += 1) {
    const floor = (n % FLOORS) + 1;
    const start = new Date(now.getTime() + ((n % 60) - 30) * DAY_MS);
    const end = n % 3 === 0 ? new Date(start.getTime() + 365 * DAY_MS) : null;
    residents.push({
      residentId: `bench-resident-${n}`,
      firstName: `First${n}`,
      lastName: `Last${n}`,
      email: n % 7 === 0 ? null : `resident${n}@example.com`,
      phone: null,
      building: `Tower ${Math.floor(n / UNITS_PER_BUILDING) + 1}`,
      floor: String(floor),
      unit: unitName(floor, n % UNITS_PER_FLOOR),
      activationDate: start.toISOString().slice(0, 19),
      deactivationDate: end === null ? null : end.toISOString().slice(0, 19),
      activationDateUtc: start.toISOString(),
      deactivationDateUtc: end === null ? null : end.toISOString(),
      onboardedAt: null,
      ssid: 'Bench Residents',
      status: [start < now ? 'current' : 'scheduled'],
    });
  }
  return residents;
}

/** An import CSV of `rows` move-ins into Tower 1..10 with every 100th email malformed. */
export function syntheticImportCsv(rows: number): string {
  const lines = ['First name,Last name,Email,Phone,Building,Unit,Move-in,Move-out'];
  for (let n = 1; n <= rows; n += 1) {
    const floor = (n % FLOORS) + 1;
    const email = n % 100 === 0 ? `import${n}@` : `import${n}@example.com`;
    const building = `Tower ${(n % 10) + 1}`;
    lines.push(
      `Import${n},Row,${email},,${building},${unitName(floor, n % UNITS_PER_FLOOR)},8/20/2031,5/15/2032`,
    );
  }
  return `${lines.join('\n')}\n`;
}
