import { matchesNewResident, showsChanges } from '../../src/elevenos/read-back.js';
import type { Resident } from '../../src/elevenos/types.js';
import { newResident } from './client-harness.js';

const NOW = Date.parse('2026-12-04T15:00:00Z');

function resident(overrides: Partial<Resident> = {}): Resident {
  return {
    residentId: 'r1',
    firstName: 'Tess',
    lastName: 'Marlow',
    email: 'tess.marlow@example.com',
    phone: null,
    building: 'Hudson',
    floor: '1',
    unit: '102',
    activationDate: '2027-01-08T06:00:00',
    deactivationDate: null,
    activationDateUtc: '2027-01-08T11:00:00.000Z',
    deactivationDateUtc: null,
    onboardedAt: null,
    ssid: 'Hudson Residents',
    status: ['scheduled'],
    ...overrides,
  };
}

describe('matchesNewResident', () => {
  it('matches unit, activation and email ignoring case', () => {
    expect(matchesNewResident(resident({ email: 'Tess.Marlow@Example.com' }), newResident())).toBe(
      true,
    );
  });

  it('compares activation as an instant', () => {
    const expected = newResident({ activationDateUtc: '2027-01-08T06:00:00-05:00' });

    expect(matchesNewResident(resident(), expected)).toBe(true);
  });

  it.each([
    ['another unit', { unit: '103' }],
    ['another activation', { activationDateUtc: '2027-01-09T11:00:00.000Z' }],
    ['another email', { email: 'someone@example.com' }],
    ['a terminated record', { status: ['terminated'] as Resident['status'] }],
  ])('rejects %s', (_case, overrides) => {
    expect(matchesNewResident(resident(overrides), newResident())).toBe(false);
  });

  it('matches by name when no email was sent', () => {
    const expected = newResident({ email: null });

    expect(matchesNewResident(resident({ email: null }), expected)).toBe(true);
    expect(matchesNewResident(resident({ email: null, lastName: 'Lund' }), expected)).toBe(false);
  });
});

describe('showsChanges', () => {
  it('sees contact and date changes', () => {
    const changes = { phone: '555', activationDateUtc: '2027-01-08T11:00:00Z' };

    expect(showsChanges(resident({ phone: '555' }), changes, NOW)).toBe(true);
    expect(showsChanges(resident(), changes, NOW)).toBe(false);
  });

  it('expects a past deactivation to be cleared', () => {
    const changes = { deactivationDateUtc: '2026-12-01T04:59:59.000Z' };

    expect(showsChanges(resident(), changes, NOW)).toBe(true);
  });

  it('expects a future deactivation to be stored', () => {
    const changes = { deactivationDateUtc: '2027-06-01T03:59:59.000Z' };

    expect(showsChanges(resident(), changes, NOW)).toBe(false);
    expect(
      showsChanges(resident({ deactivationDateUtc: '2027-06-01T03:59:59.000Z' }), changes, NOW),
    ).toBe(true);
  });
});
