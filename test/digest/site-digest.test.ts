import { describe, expect, it } from '@jest/globals';

import { renderDigest } from '../../src/digest/digest-card.js';
import { buildSiteDigest, isEmptyDigest } from '../../src/digest/site-digest.js';
import type { Resident, Site } from '../../src/elevenos/types.js';

const SITE: Site = {
  siteId: 'site-fake-1',
  name: 'Hudson Yards',
  siteType: 'PPK-C',
  timeZone: 'America/New_York',
};
// Mon, Dec 7, 2026 at 08:00 in New York.
const SLOT = new Date('2026-12-07T13:00:00Z');

function resident(overrides: Partial<Resident>): Resident {
  return {
    residentId: 'resident-1',
    firstName: 'Priya',
    lastName: 'Nair',
    email: 'priya.nair@example.com',
    phone: null,
    building: 'Hudson',
    floor: '2',
    unit: '203',
    activationDate: '2026-12-07T06:00:00',
    deactivationDate: null,
    activationDateUtc: '2026-12-07T11:00:00.000Z',
    deactivationDateUtc: null,
    onboardedAt: null,
    ssid: null,
    status: ['scheduled'],
    ...overrides,
  };
}

const PRIYA = resident({ activationDateUtc: '2026-12-08T11:00:00.000Z' });
const TOM = resident({
  residentId: 'resident-2',
  firstName: 'Tom',
  lastName: 'Reyes',
  building: 'Riverside',
  unit: '2B',
  activationDateUtc: '2025-01-01T11:00:00.000Z',
  deactivationDateUtc: '2026-12-08T04:59:59.000Z',
  status: ['current', 'pending'],
});
const LENA = resident({
  residentId: 'resident-3',
  firstName: 'Lena',
  lastName: 'Ortiz',
  email: null,
  building: 'Riverside',
  unit: '2C',
  activationDateUtc: '2026-12-09T11:00:00.000Z',
});

function build(residents: Resident[], options: { includeMoveOuts?: boolean; now?: Date } = {}) {
  return buildSiteDigest(residents, SITE, {
    slot: SLOT,
    now: options.now ?? SLOT,
    windowDays: 7,
    includeMoveOuts: options.includeMoveOuts ?? true,
  });
}

describe('buildSiteDigest', () => {
  it('groups moves by site-local day', () => {
    const digest = build([LENA, PRIYA, TOM]);

    expect(digest.window).toEqual({ from: '2026-12-07', to: '2026-12-13' });
    expect(digest.days.map((day) => [day.date, day.lines.map((line) => line.name)])).toEqual([
      ['2026-12-07', ['Tom Reyes']],
      ['2026-12-08', ['Priya Nair']],
      ['2026-12-09', ['Lena Ortiz']],
    ]);
    expect(digest.days[0]!.lines[0]).toMatchObject({
      direction: 'out',
      unit: 'Riverside 2B',
      status: 'current, pending',
    });
  });

  it('leaves move-outs out when asked', () => {
    const digest = build([LENA, PRIYA, TOM], { includeMoveOuts: false });

    expect(digest.days.flatMap((day) => day.lines.map((line) => line.direction))).toEqual([
      'in',
      'in',
    ]);
  });

  it('flags a move-in with no email', () => {
    const [day] = build([LENA]).days;

    expect(day!.lines[0]!.flags).toEqual(['no email on file']);
  });

  it('flags residents whose dates clash in one unit', () => {
    const holder = resident({
      residentId: 'resident-4',
      firstName: 'Sam',
      lastName: 'Lee',
      activationDateUtc: '2026-01-01T11:00:00.000Z',
      status: ['current'],
    });

    const [day] = build([holder, PRIYA]).days;

    expect(day!.lines[0]!.flags).toEqual(['clashes with Sam Lee (current) in this unit']);
  });

  it('does not flag a terminated resident as a clash', () => {
    const terminated = resident({
      residentId: 'resident-5',
      activationDateUtc: '2026-01-01T11:00:00.000Z',
      status: ['terminated'],
    });

    const [day] = build([terminated, PRIYA]).days;

    expect(day!.lines[0]!.flags).toEqual([]);
  });

  it('lists a past start that is still scheduled under needs a look', () => {
    const late = resident({ activationDateUtc: '2026-12-03T11:00:00.000Z' });

    const digest = build([late]);

    expect(digest.days).toEqual([]);
    expect(digest.overdue).toEqual([
      {
        date: '2026-12-03',
        lines: [
          {
            direction: 'in',
            unit: 'Hudson 203',
            name: 'Priya Nair',
            status: 'scheduled',
            flags: [],
          },
        ],
      },
    ]);
    expect(isEmptyDigest(digest)).toBe(false);
  });

  it('flags a start earlier today that is still scheduled', () => {
    const today = resident({ activationDateUtc: '2026-12-07T11:00:00.000Z' });

    const [day] = build([today]).days;

    expect(day!.lines[0]!.flags).toEqual([
      'Wi-Fi start has passed but ElevenOS still lists it as scheduled',
    ]);
  });
});

describe('renderDigest', () => {
  it('renders a card per site with the footer under the last', () => {
    const digests = [build([LENA, PRIYA, TOM]), build([])];

    const replies = renderDigest(digests, {
      now: SLOT,
      includeMoveOuts: true,
      footer: {
        subscriptionId: 'digest-1',
        description: 'Daily at 8:00 AM ET · next 7 days',
        paused: false,
      },
    });

    const cards = replies.map((reply) => (reply.kind === 'card' ? reply.card : null));
    expect(cards[0]?.title).toBe(
      'Move-ins and move-outs · Hudson Yards · Mon, Dec 7 – Sun, Dec 13',
    );
    expect(cards[0]?.fields).toEqual([
      { label: 'Mon, Dec 7', value: 'out · Riverside 2B · Tom Reyes · current, pending' },
      { label: 'Tue, Dec 8', value: 'in · Hudson 203 · Priya Nair · scheduled' },
      {
        label: 'Wed, Dec 9',
        value: 'in · Riverside 2C · Lena Ortiz · scheduled · no email on file',
      },
    ]);
    expect(cards[0]?.tone).toBe('warning');
    expect(cards[0]?.actions).toEqual([]);
    expect(cards[1]?.title).toBe(
      'No move-ins or move-outs · Hudson Yards · Mon, Dec 7 – Sun, Dec 13',
    );
    expect(cards[1]?.notes).toEqual(['Daily at 8:00 AM ET · next 7 days']);
    expect(cards[1]?.actions.map((action) => [action.id, action.label])).toEqual([
      ['digest_pause', 'Pause'],
      ['digest_now', 'Post now'],
      ['digest_settings', 'Settings'],
    ]);
  });

  it('writes a plain-text fallback grouped by day', () => {
    const [reply] = renderDigest([build([LENA, TOM])], {
      now: SLOT,
      includeMoveOuts: true,
      footer: null,
    });

    expect(reply?.kind).toBe('card');
    expect(reply?.kind === 'card' ? reply.card.fallbackText : '').toBe(
      [
        'Move-ins and move-outs · Hudson Yards · Mon, Dec 7 – Sun, Dec 13',
        'Mon, Dec 7',
        '  out   Riverside 2B   Tom Reyes        current, pending',
        'Wed, Dec 9',
        '  in    Riverside 2C   Lena Ortiz       scheduled · no email on file',
      ].join('\n'),
    );
  });
});
