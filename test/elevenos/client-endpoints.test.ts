import { ElevenOsError } from '../../src/elevenos/errors.js';
import { SANDBOX_RESIDENT_IDS, SANDBOX_SITES } from '../../src/sandbox/index.js';
import { HUDSON, TEAM, newResident, startHarness } from './client-harness.js';
import type { ClientHarness } from './client-harness.js';

let harness: ClientHarness;

beforeEach(async () => {
  harness = await startHarness();
});

afterEach(async () => {
  await harness.close();
});

describe('client reads', () => {
  it('lists the team', async () => {
    await expect(harness.client.listTeams()).resolves.toEqual([
      { teamId: TEAM, name: 'Frontdesk Demo' },
    ]);
  });

  it('lists the sites with type and zone', async () => {
    const sites = await harness.client.listSites(TEAM);

    expect(sites.map((site) => [site.name, site.siteType, site.timeZone])).toEqual([
      ['Hudson Yards', 'PPK-C', 'America/New_York'],
      ['Sunset Terrace', 'PPK', 'America/Los_Angeles'],
      ['Campus Commons', 'MDU-SSO', 'America/Chicago'],
    ]);
  });

  it('gets the mappings of each site shape', async () => {
    const hudson = await harness.client.getMappings(TEAM, HUDSON);
    const sunset = await harness.client.getMappings(TEAM, SANDBOX_SITES.sunsetTerrace);
    const campus = await harness.client.getMappings(TEAM, SANDBOX_SITES.campusCommons);

    expect(hudson).toHaveLength(20);
    expect(hudson[0]).toEqual({
      building: 'Hudson',
      floor: '1',
      unit: '100',
      vlan: '100',
      ssid: 'Hudson Residents',
      passphrase: null,
    });
    expect(sunset.every((row) => row.building === null && row.passphrase !== null)).toBe(true);
    expect(campus.every((row) => row.unit === null && row.floor === null)).toBe(true);
  });

  it('lists residents with derived statuses', async () => {
    const residents = await harness.client.listResidents(TEAM, HUDSON);
    const tom = residents.find((resident) => resident.residentId === SANDBOX_RESIDENT_IDS.tomReyes);

    expect(residents).toHaveLength(8);
    expect(tom?.status).toEqual(['current', 'pending']);
    expect(tom?.deactivationDate).toBe('2026-12-07T23:59:59');
  });

  it('gets one resident', async () => {
    const priya = await harness.client.getResident(TEAM, HUDSON, SANDBOX_RESIDENT_IDS.priyaNair);

    expect(priya.firstName).toBe('Priya');
    expect(priya.activationDateUtc).toBe('2026-12-07T11:00:00.000Z');
    expect(priya.status).toEqual(['scheduled']);
  });
});

describe('client writes', () => {
  it('adds a resident', async () => {
    const added = await harness.client.addResident(TEAM, HUDSON, newResident());

    expect(added.unit).toBe('102');
    expect(added.activationDate).toBe('2027-01-08T06:00:00');
    expect(added.status).toEqual(['scheduled']);
    await expect(harness.client.getResident(TEAM, HUDSON, added.residentId)).resolves.toEqual(
      added,
    );
  });

  it('updates a resident', async () => {
    const id = SANDBOX_RESIDENT_IDS.priyaNair;

    const updated = await harness.client.updateResident(TEAM, HUDSON, id, {
      phone: '555-010-0199',
      deactivationDateUtc: '2027-06-01T03:59:59.000Z',
    });

    expect(updated.phone).toBe('555-010-0199');
    expect(updated.deactivationDate).toBe('2027-05-31T23:59:59');
    expect(updated.email).toBe('priya.nair@example.com');
  });

  it('terminates a resident', async () => {
    const id = SANDBOX_RESIDENT_IDS.samLeeHudson101;

    await harness.client.terminateResident(TEAM, HUDSON, id);

    const resident = await harness.client.getResident(TEAM, HUDSON, id);
    expect(resident.status).toEqual(['terminated']);
    expect(resident.deactivationDateUtc).toBe('2026-12-04T15:00:00.000Z');
  });

  it('purges a resident', async () => {
    const id = SANDBOX_RESIDENT_IDS.graceOkafor;

    await harness.client.purgeResident(TEAM, HUDSON, id);

    await expect(harness.client.getResident(TEAM, HUDSON, id)).rejects.toMatchObject({
      code: 'ELEVENOS_NOT_FOUND',
    });
  });

  it('starts an import job and the rows arrive', async () => {
    const receipt = await harness.client.importResidents(TEAM, HUDSON, [
      newResident(),
      newResident({ email: 'omar.quill@example.com', unit: '103', firstName: 'Omar' }),
    ]);
    await harness.sandbox.jobs.settled();

    expect(receipt.jobId).toEqual(expect.any(String));
    expect(harness.sandbox.outbox.forJob(receipt.jobId)?.report.succeeded).toBe(2);
    expect(await harness.client.listResidents(TEAM, HUDSON)).toHaveLength(10);
  });

  it('starts a bulk terminate job', async () => {
    const ids = [SANDBOX_RESIDENT_IDS.tomReyes, SANDBOX_RESIDENT_IDS.rubenCastillo];

    const receipt = await harness.client.bulkAction(TEAM, HUDSON, 'terminate', ids);
    await harness.sandbox.jobs.settled();

    const residents = await harness.client.listResidents(TEAM, HUDSON);
    const statuses = residents.filter((r) => ids.includes(r.residentId)).map((r) => r.status);
    expect(statuses).toEqual([['terminated'], ['terminated']]);
    expect(harness.sandbox.outbox.forJob(receipt.jobId)?.report.failed).toBe(0);
  });
});

describe('checkToken', () => {
  it('requests a new token each time', async () => {
    await harness.client.checkToken();
    await harness.client.checkToken();

    expect(harness.sandbox.requests.count('token')).toBe(2);
  });

  it('confirms the configured team', async () => {
    const client = harness.makeClient({ teamId: TEAM });

    await expect(client.checkToken()).resolves.toBeUndefined();
  });

  it('rejects a team the account does not reach', async () => {
    const client = harness.makeClient({ teamId: 'team-elsewhere' });

    const error = await client.checkToken().catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ElevenOsError);
    expect(error).toMatchObject({ code: 'ELEVENOS_NOT_FOUND' });
  });
});
