import { describe, expect, it } from '@jest/globals';

import { upcomingEntries } from '../../src/bot/lists.js';
import type { Resident, Site } from '../../src/elevenos/types.js';

const SITE: Site = {
  siteId: 'site-1',
  name: 'Hudson Yards',
  siteType: 'PPK-C',
  timeZone: 'America/New_York',
};

function resident(overrides: Partial<Resident>): Resident {
  return {
    residentId: 'resident-1',
    firstName: 'Test',
    lastName: 'Resident',
    email: null,
    phone: null,
    building: 'Hudson',
    floor: '1',
    unit: '102',
    activationDate: '',
    deactivationDate: null,
    activationDateUtc: '2027-03-01T11:00:00.000Z',
    deactivationDateUtc: null,
    onboardedAt: null,
    ssid: null,
    status: ['scheduled'],
    ...overrides,
  };
}

describe('upcomingEntries', () => {
  it('dates a late-evening move-out by the site-local day', () => {
    const entries = upcomingEntries(
      [resident({ deactivationDateUtc: '2027-01-01T04:59:59.000Z' })],
      SITE,
      { from: '2026-12-31', to: '2026-12-31' },
      'move_out',
    );
    expect(entries.map((entry) => entry.date)).toEqual(['2026-12-31']);
  });

  it('keeps move-ins and move-outs of one window in date order', () => {
    const entries = upcomingEntries(
      [
        resident({ residentId: 'a', activationDateUtc: '2027-03-14T10:00:00.000Z' }),
        resident({
          residentId: 'b',
          activationDateUtc: '2026-01-01T11:00:00.000Z',
          deactivationDateUtc: '2027-03-13T04:59:59.000Z',
        }),
      ],
      SITE,
      { from: '2027-03-10', to: '2027-03-20' },
      'both',
    );
    expect(
      entries.map((entry) => `${entry.date} ${entry.direction} ${entry.resident.residentId}`),
    ).toEqual(['2027-03-12 out b', '2027-03-14 in a']);
  });
});
