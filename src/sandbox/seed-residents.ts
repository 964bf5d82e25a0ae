// Demo residents, dated relative to the clock at start-up so that every status stays right on
// any day. Hudson 100, 102, 103, 200, 201, 301, 303 and Riverside 104 stay free: scripted
// sessions and tests schedule people there.
import { DateTime } from 'luxon';
import type { SandboxResident } from './records.js';
import { SANDBOX_SITES } from './seed-sites.js';

const demoId = (n: number) => `5a0d0000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** Fixed ids of the seeded residents. */
export const SANDBOX_RESIDENT_IDS = {
  samLeeHudson101: demoId(1),
  samLeeRiverside2A: demoId(2),
  tomReyes: demoId(3),
  priyaNair: demoId(4),
  lenaOrtiz: demoId(5),
  noraBlake: demoId(6),
  graceOkafor: demoId(7),
  rubenCastillo: demoId(8),
  maraQuinn: demoId(21),
  felixWard: demoId(22),
  irisCole: demoId(23),
  leoPark: demoId(24),
  avaLindqvist: demoId(41),
  benOsei: demoId(42),
  cleoAdams: demoId(43),
  danaFox: demoId(44),
} as const;

interface SeedRow {
  id: string;
  name: [string, string];
  email: string | null;
  phone: string | null;
  place: [string | null, string | null, string | null];
  /** Days from today, site-local; the service starts at 06:00 that day. */
  startDay: number;
  /** Days from today; the service ends at 23:59:59 that day. */
  endDay?: number;
  /** Days from today; terminated at 14:00 that day. */
  terminatedDay?: number;
}

const IDS = SANDBOX_RESIDENT_IDS;

const SEED: Record<string, { zone: string; rows: SeedRow[] }> = {
  [SANDBOX_SITES.hudsonYards]: {
    zone: 'America/New_York',
    rows: [
      row(IDS.samLeeHudson101, 'Sam Lee', 'sam.lee@example.com', ['Hudson', '1', '101'], -200),
      row(IDS.samLeeRiverside2A, 'Sam Lee', 'samuel.lee@example.net', ['Riverside', '2', '2A'], 14),
      row(IDS.tomReyes, 'Tom Reyes', 'tom.reyes@example.com', ['Riverside', '2', '2B'], -400, {
        endDay: 3,
      }),
      row(IDS.priyaNair, 'Priya Nair', 'priya.nair@example.com', ['Hudson', '2', '203'], 3),
      row(IDS.lenaOrtiz, 'Lena Ortiz', null, ['Riverside', '2', '2C'], 5, {
        phone: '555-010-0177',
      }),
      row(IDS.noraBlake, 'Nora Blake', 'nora.blake@example.com', ['Hudson', '3', '302'], -300, {
        terminatedDay: -10,
      }),
      row(IDS.graceOkafor, 'Grace Okafor', 'grace.okafor@example.com', ['Hudson', '2', '202'], -90),
      row(
        IDS.rubenCastillo,
        'Ruben Castillo',
        'ruben.c@example.com',
        ['Riverside', '1', '101'],
        -30,
        {
          endDay: 45,
        },
      ),
    ],
  },
  [SANDBOX_SITES.sunsetTerrace]: {
    zone: 'America/Los_Angeles',
    rows: [
      row(IDS.maraQuinn, 'Mara Quinn', 'mara.quinn@example.com', [null, null, '101'], -60),
      row(IDS.felixWard, 'Felix Ward', 'felix.ward@example.com', [null, null, '102'], 7),
      row(IDS.irisCole, 'Iris Cole', 'iris.cole@example.com', [null, null, '103'], -20, {
        endDay: 10,
      }),
      row(IDS.leoPark, 'Leo Park', 'leo.park@example.com', [null, null, '104'], -100, {
        endDay: -5,
      }),
    ],
  },
  [SANDBOX_SITES.campusCommons]: {
    zone: 'America/Chicago',
    rows: [
      row(IDS.avaLindqvist, 'Ava Lindqvist', 'ava.l@example.com', ['North Hall', null, null], -45),
      row(IDS.benOsei, 'Ben Osei', 'ben.osei@example.com', ['South Hall', null, null], 2),
      row(IDS.cleoAdams, 'Cleo Adams', 'cleo.adams@example.com', ['West Hall', null, null], -15, {
        endDay: 20,
      }),
      row(IDS.danaFox, 'Dana Fox', 'dana.fox@example.com', ['North Hall', null, null], -200, {
        terminatedDay: -30,
      }),
    ],
  },
};

/** Builds the demo residents of every site, dated relative to `now`. */
export function seedResidents(now: Date): SandboxResident[] {
  return Object.entries(SEED).flatMap(([siteId, { zone, rows }]) =>
    rows.map((seed) => toResident(siteId, zone, seed, now)),
  );
}

function row(
  id: string,
  fullName: string,
  email: string | null,
  place: SeedRow['place'],
  startDay: number,
  extra: Partial<Pick<SeedRow, 'endDay' | 'terminatedDay' | 'phone'>> = {},
): SeedRow {
  const [firstName = '', lastName = ''] = fullName.split(' ');
  return { id, name: [firstName, lastName], email, phone: null, place, startDay, ...extra };
}

function toResident(siteId: string, zone: string, seed: SeedRow, now: Date): SandboxResident {
  const day = (offset: number, hour: number, minute = 0, second = 0) =>
    DateTime.fromJSDate(now, { zone })
      .startOf('day')
      .plus({ days: offset })
      .set({ hour, minute, second })
      .toJSDate();
  const activation = day(seed.startDay, 6);
  const [building, floor, unit] = seed.place;
  return {
    residentId: seed.id,
    siteId,
    firstName: seed.name[0],
    lastName: seed.name[1],
    email: seed.email,
    phone: seed.phone,
    mobile: null,
    building,
    floor,
    unit,
    activation,
    deactivation: seed.endDay === undefined ? null : day(seed.endDay, 23, 59, 59),
    terminatedAt: seed.terminatedDay === undefined ? null : day(seed.terminatedDay, 14),
    createdAt: seed.startDay < 0 ? day(seed.startDay - 7, 10) : day(-2, 10),
  };
}
