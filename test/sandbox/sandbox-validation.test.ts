import { SANDBOX_RESIDENT_IDS, SANDBOX_TEAM_ID, startSandbox } from '../../src/sandbox/index.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import {
  CAMPUS_PATH,
  HUDSON_PATH,
  REFERENCE_NOW,
  SUNSET_PATH,
  callApi,
  errorMessage,
  residentBody,
} from './sandbox-http.js';

let sandbox: Sandbox;

beforeEach(async () => {
  sandbox = await startSandbox({ now: () => REFERENCE_NOW });
});

afterEach(async () => {
  await sandbox.close();
});

const add = (path: string, body: unknown) => callApi(sandbox, 'POST', `${path}/resident`, { body });

describe('400 invalid request', () => {
  it('rejects malformed JSON', async () => {
    const reply = await add(HUDSON_PATH, '{"FirstName": ');

    expect(reply.status).toBe(400);
    expect(reply.body.Error).toMatchObject({ Code: 'BadRequest' });
    expect(errorMessage(reply)).toMatch(/JSON/);
  });

  it('rejects a body that is not an object', async () => {
    expect((await add(HUDSON_PATH, [residentBody()])).status).toBe(400);
  });

  it.each([
    ['a missing activation', { ActivationDateUTC: undefined }, /ActivationDateUTC is required/],
    ['a missing first name', { FirstName: undefined }, /FirstName is required/],
    ['a number for a name', { LastName: 7 }, /LastName must be/],
    ['a number for a unit', { Unit: 102 }, /Unit must be a string/],
    ['a date-only activation', { ActivationDateUTC: '2027-01-08' }, /ActivationDateUTC must be/],
    ['a local-offset activation', { ActivationDateUTC: '2027-01-08T06:00:00-05:00' }, /UTC/],
    ['an impossible date', { ActivationDateUTC: '2027-02-30T11:00:00.000Z' }, /ActivationDateUTC/],
    ['a bad deactivation', { DeactivationDateUTC: 'June' }, /DeactivationDateUTC must be/],
  ])('rejects %s', async (_case, overrides, message) => {
    const reply = await add(HUDSON_PATH, residentBody(overrides));

    expect(reply.status).toBe(400);
    expect(errorMessage(reply)).toMatch(message);
  });

  it('rejects an import without rows', async () => {
    const reply = await callApi(sandbox, 'POST', `${HUDSON_PATH}/residents/import`, {
      body: { Residents: [] },
    });

    expect(reply.status).toBe(400);
  });

  it('rejects an unknown bulk action', async () => {
    const reply = await callApi(sandbox, 'POST', `${HUDSON_PATH}/residents/bulk`, {
      body: { Action: 'delete', ResidentIds: ['x'] },
    });

    expect(reply.status).toBe(400);
  });
});

describe('404 not found', () => {
  it.each([
    ['team', `/team/nope/sites`],
    ['site', `/team/${SANDBOX_TEAM_ID}/site/nope/residents`],
    ['resident', `${HUDSON_PATH}/resident/nope`],
    ['route', `${HUDSON_PATH}/tenants`],
    ['path outside the version', '/v1/teams'],
  ])('answers an unknown %s', async (_case, path) => {
    const reply = await callApi(sandbox, 'GET', path);

    expect(reply.status).toBe(404);
  });

  it('answers a resident of another site', async () => {
    const path = `${SUNSET_PATH}/resident/${SANDBOX_RESIDENT_IDS.tomReyes}`;

    expect((await callApi(sandbox, 'GET', path)).status).toBe(404);
  });

  it('answers an update of an unknown resident', async () => {
    const reply = await callApi(sandbox, 'PUT', `${HUDSON_PATH}/resident/nope`, {
      body: { Phone: '1' },
    });

    expect(reply.status).toBe(404);
  });
});

describe('406 validation error', () => {
  it.each([
    ['a unit outside the mappings', HUDSON_PATH, { Unit: '109' }],
    ['a building outside the mappings', HUDSON_PATH, { Building: 'Hudsen' }],
    ['a unit on the wrong floor', HUDSON_PATH, { Floor: '2' }],
    ['a missing floor', HUDSON_PATH, { Floor: null }],
    [
      'a building on a units-only site',
      SUNSET_PATH,
      { Building: 'Sunset', Floor: null, Unit: '101' },
    ],
    [
      'a unit on a buildings-only site',
      CAMPUS_PATH,
      { Building: 'North Hall', Floor: null, Unit: '1' },
    ],
  ])('rejects %s', async (_case, path, overrides) => {
    const reply = await add(path, residentBody(overrides));

    expect(reply.status).toBe(406);
    expect(errorMessage(reply)).toMatch(/is not in the site mappings/);
  });

  it('accepts each mapping shape', async () => {
    const sunset = await add(
      SUNSET_PATH,
      residentBody({ Building: null, Floor: null, Unit: '201' }),
    );
    const campus = await add(
      CAMPUS_PATH,
      residentBody({ Building: 'North Hall', Floor: null, Unit: null }),
    );

    expect(sunset.status).toBe(200);
    expect(campus.status).toBe(200);
  });

  it('names the unit as the documented example does', async () => {
    const reply = await add(
      SUNSET_PATH,
      residentBody({ Building: null, Floor: null, Unit: '109' }),
    );

    expect(errorMessage(reply)).toBe('Unit 109 is not in the site mappings');
  });

  it('rejects an activation that is not before the deactivation', async () => {
    const reply = await add(
      HUDSON_PATH,
      residentBody({ DeactivationDateUTC: '2027-01-08T11:00:00.000Z' }),
    );

    expect(reply.status).toBe(406);
    expect(errorMessage(reply)).toMatch(/must come before/);
  });

  it('rejects a unit held on overlapping dates', async () => {
    const reply = await add(
      HUDSON_PATH,
      residentBody({ Unit: '203', Floor: '2', ActivationDateUTC: '2027-05-01T10:00:00.000Z' }),
    );

    expect(reply.status).toBe(406);
    expect(reply.body.Error).toMatchObject({ Code: 'UnitOccupied' });
  });

  it('allows a move-in after the current resident leaves', async () => {
    const reply = await add(
      HUDSON_PATH,
      residentBody({
        Building: 'Riverside',
        Floor: '2',
        Unit: '2B',
        ActivationDateUTC: '2026-12-08T11:00:00.000Z',
      }),
    );

    expect(reply.status).toBe(200);
  });

  it('rejects a move-in before the current resident leaves', async () => {
    const reply = await add(
      HUDSON_PATH,
      residentBody({
        Building: 'Riverside',
        Floor: '2',
        Unit: '2B',
        ActivationDateUTC: '2026-12-07T11:00:00.000Z',
      }),
    );

    expect(reply.status).toBe(406);
  });

  it('lets many residents share a building on a buildings-only site', async () => {
    const body = residentBody({ Building: 'North Hall', Floor: null, Unit: null });

    expect((await add(CAMPUS_PATH, body)).status).toBe(200);
    expect((await add(CAMPUS_PATH, { ...body, Email: 'other@example.com' })).status).toBe(200);
  });

  it('rejects a misspelled field', async () => {
    const reply = await add(HUDSON_PATH, residentBody({ Emial: 'x@example.com' }));

    expect(reply.status).toBe(406);
    expect(errorMessage(reply)).toBe('Unknown field "Emial"');
  });

  it('rejects an invalid email', async () => {
    expect((await add(HUDSON_PATH, residentBody({ Email: 'not-an-email' }))).status).toBe(406);
  });
});

describe('409 resource conflict', () => {
  it('rejects the same email ignoring case', async () => {
    const reply = await add(HUDSON_PATH, residentBody({ Email: 'Sam.Lee@Example.com' }));

    expect(reply.status).toBe(409);
    expect(reply.body.Error).toMatchObject({ Code: 'ResidentExists' });
  });

  it('allows the email of a terminated resident', async () => {
    const reply = await add(HUDSON_PATH, residentBody({ Email: 'nora.blake@example.com' }));

    expect(reply.status).toBe(200);
  });

  it('allows the same email at another site', async () => {
    const body = residentBody({
      Email: 'sam.lee@example.com',
      Building: null,
      Floor: null,
      Unit: '201',
    });

    expect((await add(SUNSET_PATH, body)).status).toBe(200);
  });

  it('rejects an update to another resident email', async () => {
    const path = `${HUDSON_PATH}/resident/${SANDBOX_RESIDENT_IDS.priyaNair}`;

    const reply = await callApi(sandbox, 'PUT', path, { body: { Email: 'tom.reyes@example.com' } });

    expect(reply.status).toBe(409);
  });
});
