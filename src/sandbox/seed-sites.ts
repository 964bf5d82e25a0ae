// Fixed ids and sites of the sandbox's demo team. Scripted sessions and tests refer to them.
import type { UnitMapping } from '../elevenos/types.js';
import type { SandboxAccount, SandboxSite, SandboxTeam } from './records.js';

export const SANDBOX_TEAM_ID = 'team-frontdesk-demo';

export const SANDBOX_SITES = {
  hudsonYards: 'site-hudson-yards',
  sunsetTerrace: 'site-sunset-terrace',
  campusCommons: 'site-campus-commons',
} as const;

/** The team account: it reaches every site of the demo team. */
export const SANDBOX_ACCOUNT = {
  email: 'frontdesk-api@demo.example.com',
  password: 'sandbox-team-password',
} as const;

/** A site staff account that reaches Sunset Terrace only. */
export const SANDBOX_STAFF_ACCOUNT = {
  email: 'sunset-staff@demo.example.com',
  password: 'sandbox-staff-password',
  siteId: SANDBOX_SITES.sunsetTerrace,
} as const;

export const SANDBOX_TEAM: SandboxTeam = { teamId: SANDBOX_TEAM_ID, name: 'Frontdesk Demo' };

export const SANDBOX_ACCOUNTS: SandboxAccount[] = [
  { ...SANDBOX_ACCOUNT, teamId: SANDBOX_TEAM_ID, siteIds: null },
  {
    email: SANDBOX_STAFF_ACCOUNT.email,
    password: SANDBOX_STAFF_ACCOUNT.password,
    teamId: SANDBOX_TEAM_ID,
    siteIds: [SANDBOX_STAFF_ACCOUNT.siteId],
  },
];

/** Builds the three demo sites, one per mapping shape. */
export function seedSites(): SandboxSite[] {
  return [
    {
      siteId: SANDBOX_SITES.hudsonYards,
      teamId: SANDBOX_TEAM_ID,
      name: 'Hudson Yards',
      siteType: 'PPK-C',
      timeZone: 'America/New_York',
      mappings: hudsonYardsMappings(),
    },
    {
      siteId: SANDBOX_SITES.sunsetTerrace,
      teamId: SANDBOX_TEAM_ID,
      name: 'Sunset Terrace',
      siteType: 'PPK',
      timeZone: 'America/Los_Angeles',
      mappings: sunsetTerraceMappings(),
    },
    {
      siteId: SANDBOX_SITES.campusCommons,
      teamId: SANDBOX_TEAM_ID,
      name: 'Campus Commons',
      siteType: 'MDU-SSO',
      timeZone: 'America/Chicago',
      mappings: ['North Hall', 'South Hall', 'West Hall'].map((building, index) => ({
        building,
        floor: null,
        unit: null,
        vlan: String(300 + index),
        ssid: 'Campus Commons',
        passphrase: null,
      })),
    },
  ];
}

// Buildings with floors and units on a PPK-C site: the rows of the project's example mappings,
// VLANs 100 to 119 in order, passphrases null.
function hudsonYardsMappings(): UnitMapping[] {
  const rows: [string, string, string[]][] = [
    ['Hudson', '1', ['100', '101', '102', '103']],
    ['Hudson', '2', ['200', '201', '202', '203']],
    ['Hudson', '3', ['300', '301', '302', '303']],
    ['Riverside', '1', ['101', '102', '103', '104']],
    ['Riverside', '2', ['2A', '2B', '2C', '2D']],
  ];
  const units = rows.flatMap(([building, floor, names]) =>
    names.map((unit) => ({ building, floor, unit })),
  );
  return units.map((place, index) => ({
    ...place,
    vlan: String(100 + index),
    ssid: `${place.building} Residents`,
    passphrase: null,
  }));
}

// Units only on a PPK site, which keeps a passphrase per unit.
function sunsetTerraceMappings(): UnitMapping[] {
  const units = ['101', '102', '103', '104', '201', '202', '203', '204'];
  return units.map((unit, index) => ({
    building: null,
    floor: null,
    unit,
    vlan: String(200 + index),
    ssid: `Sunset-${unit}`,
    passphrase: `sunset-${unit}-tidepool`,
  }));
}
