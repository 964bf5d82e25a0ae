import { SANDBOX_RESIDENT_IDS, startSandbox } from '../../src/sandbox/index.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import {
  CAMPUS_PATH,
  HUDSON_PATH,
  REFERENCE_NOW,
  SUNSET_PATH,
  callApi,
  firstResident,
  residentBody,
} from './sandbox-http.js';

let sandbox: Sandbox;

beforeEach(async () => {
  sandbox = await startSandbox({ now: () => REFERENCE_NOW });
});

afterEach(async () => {
  await sandbox.close();
});

const DAY = 86_400_000;
const add = (path: string, body: unknown) => callApi(sandbox, 'POST', `${path}/resident`, { body });
const get = (path: string, id: string) => callApi(sandbox, 'GET', `${path}/resident/${id}`);
const put = (path: string, id: string, body: unknown) =>
  callApi(sandbox, 'PUT', `${path}/resident/${id}`, { body });

describe('response dates', () => {
  it('gives site-local wall time and UTC forms on a DST day', async () => {
    const reply = await add(
      HUDSON_PATH,
      residentBody({
        ActivationDateUTC: '2027-03-14T10:00:00.000Z',
        DeactivationDateUTC: '2027-11-08T04:59:59.000Z',
      }),
    );

    expect(firstResident(reply)).toMatchObject({
      ActivationDate: '2027-03-14T06:00:00',
      ActivationDateUTC: '2027-03-14T10:00:00.000000+00:00',
      DeactivationDate: '2027-11-07T23:59:59',
      DeactivationDateUTC: '2027-11-08T04:59:59.000000+00:00',
      OnboardedAt: null,
      Status: ['scheduled'],
    });
  });

  it('uses each site zone', async () => {
    const activation = { ActivationDateUTC: '2027-01-08T14:00:00.000Z' };
    const sunset = await add(
      SUNSET_PATH,
      residentBody({ ...activation, Building: null, Floor: null, Unit: '201' }),
    );
    const campus = await add(
      CAMPUS_PATH,
      residentBody({ ...activation, Building: 'South Hall', Floor: null, Unit: null }),
    );

    expect(firstResident(sunset).ActivationDate).toBe('2027-01-08T06:00:00');
    expect(firstResident(campus).ActivationDate).toBe('2027-01-08T08:00:00');
  });

  it('carries the same id in ResidentId and UUID', async () => {
    const resident = firstResident(await add(HUDSON_PATH, residentBody()));

    expect(resident.UUID).toBe(resident.ResidentId);
  });

  it.each([
    '2027-01-08T11:00:00+00:00',
    '2027-01-08T11:00:00.123456+00:00',
    '2027-01-08T11:00:00Z',
  ])('accepts the input instant %s', async (activation) => {
    const reply = await add(HUDSON_PATH, residentBody({ ActivationDateUTC: activation }));

    expect(reply.status).toBe(200);
    expect(String(firstResident(reply).ActivationDateUTC)).toMatch(/^2027-01-08T11:00:00/);
  });
});

describe('adding', () => {
  it('keeps a past activation and drops a past deactivation', async () => {
    const reply = await add(
      HUDSON_PATH,
      residentBody({
        ActivationDateUTC: '2026-11-01T10:00:00.000Z',
        DeactivationDateUTC: '2026-12-01T04:59:59.000Z',
      }),
    );

    expect(firstResident(reply)).toMatchObject({
      ActivationDateUTC: '2026-11-01T10:00:00.000000+00:00',
      DeactivationDateUTC: null,
      Status: ['current'],
      OnboardedAt: '2026-12-04T15:00:00.000000',
    });
  });

  it('keeps a future deactivation after a past activation', async () => {
    const reply = await add(
      HUDSON_PATH,
      residentBody({
        ActivationDateUTC: '2026-12-01T11:00:00.000Z',
        DeactivationDateUTC: '2027-01-01T04:59:59.000Z',
      }),
    );

    expect(firstResident(reply).Status).toEqual(['current', 'pending']);
  });
});

describe('status and the clock', () => {
  it('moves from scheduled to current to terminated', async () => {
    const created = firstResident(
      await add(
        HUDSON_PATH,
        residentBody({
          ActivationDateUTC: '2026-12-10T11:00:00.000Z',
          DeactivationDateUTC: '2026-12-21T04:59:59.000Z',
        }),
      ),
    );
    const id = String(created.ResidentId);
    const statusAt = async (iso: string) => {
      sandbox.clock.set(new Date(iso));
      return firstResident(await get(HUDSON_PATH, id)).Status;
    };

    expect(created.Status).toEqual(['scheduled']);
    expect(await statusAt('2026-12-10T10:59:59Z')).toEqual(['scheduled']);
    expect(await statusAt('2026-12-10T11:00:00Z')).toEqual(['current', 'pending']);
    expect(await statusAt('2026-12-21T04:59:59Z')).toEqual(['terminated']);
  });

  it('turns the seeded scheduled residents current when their day comes', async () => {
    sandbox.clock.advance(3 * DAY);
    const priya = firstResident(await get(HUDSON_PATH, SANDBOX_RESIDENT_IDS.priyaNair));
    const tom = firstResident(await get(HUDSON_PATH, SANDBOX_RESIDENT_IDS.tomReyes));
    sandbox.clock.advance(DAY);
    const tomLater = firstResident(await get(HUDSON_PATH, SANDBOX_RESIDENT_IDS.tomReyes));

    expect(priya.Status).toEqual(['current']);
    expect(tom.Status).toEqual(['current', 'pending']);
    expect(tomLater.Status).toEqual(['terminated']);
  });
});

describe('changing', () => {
  it('makes a current resident scheduled when the activation moves ahead', async () => {
    const id = SANDBOX_RESIDENT_IDS.samLeeHudson101;

    const reply = await put(HUDSON_PATH, id, { ActivationDateUTC: '2027-01-04T11:00:00.000Z' });

    expect(firstResident(reply).Status).toEqual(['scheduled']);
  });

  it('clears a past deactivation of a current resident and keeps the status', async () => {
    const id = SANDBOX_RESIDENT_IDS.graceOkafor;

    const reply = await put(HUDSON_PATH, id, { DeactivationDateUTC: '2026-12-01T04:59:59.000Z' });

    expect(reply.status).toBe(200);
    expect(firstResident(reply)).toMatchObject({ DeactivationDateUTC: null, Status: ['current'] });
  });

  it('rejects a past deactivation of a scheduled resident', async () => {
    const id = SANDBOX_RESIDENT_IDS.priyaNair;

    const reply = await put(HUDSON_PATH, id, { DeactivationDateUTC: '2026-12-01T04:59:59.000Z' });

    expect(reply.status).toBe(406);
  });

  it('clears the deactivation with null', async () => {
    const reply = await put(HUDSON_PATH, SANDBOX_RESIDENT_IDS.tomReyes, {
      DeactivationDateUTC: null,
    });

    expect(firstResident(reply)).toMatchObject({ DeactivationDateUTC: null, Status: ['current'] });
  });

  it('keeps the fields a partial update leaves out', async () => {
    const id = SANDBOX_RESIDENT_IDS.priyaNair;

    const reply = await put(HUDSON_PATH, id, { Phone: '555-010-0123' });

    expect(firstResident(reply)).toMatchObject({
      FirstName: 'Priya',
      Email: 'priya.nair@example.com',
      Phone: '555-010-0123',
      Unit: '203',
    });
  });

  it('moves a resident to a free unit and checks the new unit', async () => {
    const id = SANDBOX_RESIDENT_IDS.priyaNair;

    const free = await put(HUDSON_PATH, id, { Floor: '3', Unit: '301' });
    const occupied = await put(HUDSON_PATH, id, { Floor: '2', Unit: '202' });

    expect(free.status).toBe(200);
    expect(occupied.status).toBe(406);
  });

  it('rejects changes to a terminated resident', async () => {
    const reply = await put(HUDSON_PATH, SANDBOX_RESIDENT_IDS.noraBlake, { Phone: '1' });

    expect(reply.status).toBe(406);
  });
});

describe('terminate and purge', () => {
  it('ends service now and frees the unit from then on', async () => {
    const id = SANDBOX_RESIDENT_IDS.samLeeHudson101;

    const reply = await callApi(sandbox, 'POST', `${HUDSON_PATH}/resident/${id}/terminate`);
    const tomorrow = await add(
      HUDSON_PATH,
      residentBody({ Unit: '101', ActivationDateUTC: '2026-12-05T11:00:00.000Z' }),
    );
    const lastWeek = await add(
      HUDSON_PATH,
      residentBody({
        Unit: '101',
        Email: 'other@example.com',
        ActivationDateUTC: '2026-11-27T11:00:00.000Z',
      }),
    );

    expect(firstResident(reply)).toMatchObject({
      Status: ['terminated'],
      DeactivationDateUTC: '2026-12-04T15:00:00.000000+00:00',
    });
    expect(tomorrow.status).toBe(200);
    expect(lastWeek.status).toBe(406);
  });

  it('accepts terminating twice', async () => {
    const path = `${HUDSON_PATH}/resident/${SANDBOX_RESIDENT_IDS.noraBlake}/terminate`;

    expect((await callApi(sandbox, 'POST', path)).status).toBe(200);
  });

  it('deletes the record on purge', async () => {
    const id = SANDBOX_RESIDENT_IDS.priyaNair;

    const reply = await callApi(
      sandbox,
      'POST',
      `${HUDSON_PATH}/resident/${id}/terminate-and-purge`,
    );

    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ Error: null });
    expect((await get(HUDSON_PATH, id)).status).toBe(404);
    expect(sandbox.state.resident(sandbox.state.sites[0]!.siteId, id)).toBeUndefined();
  });

  it('answers 404 when purging an unknown resident', async () => {
    const reply = await callApi(
      sandbox,
      'POST',
      `${HUDSON_PATH}/resident/nope/terminate-and-purge`,
    );

    expect(reply.status).toBe(404);
  });
});
