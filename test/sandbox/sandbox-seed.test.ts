import { readFileSync } from 'node:fs';
import { SANDBOX_SITES, startSandbox } from '../../src/sandbox/index.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import { seedResidents } from '../../src/sandbox/seed-residents.js';
import { residentStatus } from '../../src/sandbox/resident-status.js';
import { HUDSON_PATH, REFERENCE_NOW, callApi } from './sandbox-http.js';

const EXPECTED_STATUSES = {
  'Sam Lee Hudson/101': 'current',
  'Sam Lee Riverside/2A': 'scheduled',
  'Tom Reyes Riverside/2B': 'current+pending',
  'Priya Nair Hudson/203': 'scheduled',
  'Lena Ortiz Riverside/2C': 'scheduled',
  'Nora Blake Hudson/302': 'terminated',
  'Grace Okafor Hudson/202': 'current',
  'Ruben Castillo Riverside/101': 'current+pending',
};

function hudsonStatuses(now: Date): Record<string, string> {
  const residents = seedResidents(now).filter((r) => r.siteId === SANDBOX_SITES.hudsonYards);
  return Object.fromEntries(
    residents.map((r) => [
      `${r.firstName} ${r.lastName} ${r.building}/${r.unit}`,
      residentStatus(r, now).join('+'),
    ]),
  );
}

describe('seeded residents', () => {
  it.each([
    '2026-12-04T15:00:00Z',
    '2027-03-14T07:30:00Z',
    '2027-11-07T05:30:00Z',
    '2028-02-29T23:59:00Z',
  ])('have the intended statuses at %s', (iso) => {
    expect(hudsonStatuses(new Date(iso))).toEqual(EXPECTED_STATUSES);
  });

  it('cover every status at each site', () => {
    const now = REFERENCE_NOW;
    for (const siteId of Object.values(SANDBOX_SITES)) {
      const statuses = seedResidents(now)
        .filter((r) => r.siteId === siteId)
        .map((r) => residentStatus(r, now).join('+'));

      expect(new Set(statuses)).toEqual(
        new Set(['current', 'scheduled', 'current+pending', 'terminated']),
      );
    }
  });

  it('use none of the reserved example names', () => {
    const names = seedResidents(REFERENCE_NOW).map((r) => `${r.firstName} ${r.lastName}`);

    expect(names).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/Jane Doe|John Smith|Wei Chen|Maria Garcia/)]),
    );
  });

  it('place Priya three days out and Lena five, at 06:00 New York time', () => {
    const residents = seedResidents(REFERENCE_NOW);
    const priya = residents.find((r) => r.firstName === 'Priya');
    const lena = residents.find((r) => r.firstName === 'Lena');

    expect(priya?.activation.toISOString()).toBe('2026-12-07T11:00:00.000Z');
    expect(lena?.activation.toISOString()).toBe('2026-12-09T11:00:00.000Z');
    expect(lena?.email).toBeNull();
  });
});

describe('seeded Hudson Yards', () => {
  let sandbox: Sandbox;

  beforeAll(async () => {
    sandbox = await startSandbox({ now: () => REFERENCE_NOW });
  });

  afterAll(async () => {
    await sandbox.close();
  });

  it('keeps the units that scripts schedule into free', () => {
    const occupied = new Set(
      sandbox.state
        .residentsOf(SANDBOX_SITES.hudsonYards)
        .map((resident) => `${resident.building} ${resident.unit}`),
    );
    const free = ['100', '102', '103', '200', '201', '301', '303'].map((unit) => `Hudson ${unit}`);

    for (const unit of [...free, 'Riverside 104']) {
      expect(occupied.has(unit)).toBe(false);
    }
  });

  it('serves the mappings of the project example', async () => {
    const reply = await callApi(sandbox, 'GET', `${HUDSON_PATH}/mappings`);
    const example = JSON.parse(
      readFileSync(new URL('./fixtures/hudson-mappings.json', import.meta.url), 'utf8'),
    ) as unknown;

    expect(reply.body).toEqual(example);
  });
});
