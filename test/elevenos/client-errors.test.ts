import { createServer } from 'node:net';
import { createElevenOsClient } from '../../src/elevenos/client.js';
import { ElevenOsError } from '../../src/elevenos/errors.js';
import { SANDBOX_RESIDENT_IDS, SANDBOX_STAFF_ACCOUNT } from '../../src/sandbox/index.js';
import { HUDSON, SUNSET, TEAM, newResident, startHarness } from './client-harness.js';
import type { ClientHarness } from './client-harness.js';

let harness: ClientHarness;

beforeEach(async () => {
  harness = await startHarness({ client: { retry: { limit: 1 } } });
});

afterEach(async () => {
  await harness.close();
});

async function failure(promise: Promise<unknown>): Promise<ElevenOsError> {
  const caught = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(caught instanceof ElevenOsError)) {
    throw new Error(`Expected an ElevenOsError, got ${String(caught)}`);
  }
  return caught;
}

describe('documented status codes', () => {
  it('surfaces 400 as a bad request', async () => {
    const resident = newResident({ activationDateUtc: 'next Tuesday' });

    const error = await failure(harness.client.addResident(TEAM, HUDSON, resident));

    expect(error.code).toBe('ELEVENOS_BAD_REQUEST');
    expect(error.status).toBe(400);
    expect(error.outcome).toBe('not_applied');
    expect(error.apiMessage).toMatch(/ActivationDateUTC/);
  });

  it('surfaces 403 as access denied after one new token', async () => {
    const staff = harness.makeClient({ ...SANDBOX_STAFF_ACCOUNT });

    const error = await failure(staff.listResidents(TEAM, HUDSON));

    expect(error.code).toBe('ELEVENOS_ACCESS_DENIED');
    expect(error.status).toBe(403);
    expect(harness.sandbox.requests.count('token')).toBe(2);
    expect(harness.sandbox.requests.count('listResidents')).toBe(2);
  });

  it('surfaces 404 as not found', async () => {
    const error = await failure(harness.client.getResident(TEAM, HUDSON, 'no-such-resident'));

    expect(error.code).toBe('ELEVENOS_NOT_FOUND');
    expect(error.pathTemplate).toBe('/team/{teamId}/site/{siteId}/resident/{residentId}');
    expect(error.message).not.toContain('no-such-resident');
  });

  it('surfaces 406 with the API message', async () => {
    const resident = newResident({ building: null, floor: null, unit: '109' });

    const error = await failure(harness.client.addResident(TEAM, SUNSET, resident));

    expect(error.code).toBe('ELEVENOS_VALIDATION');
    expect(error.apiMessage).toBe('Unit 109 is not in the site mappings');
  });

  it('surfaces 409 as a conflict', async () => {
    const resident = newResident({ email: 'SAM.LEE@example.com' });

    const error = await failure(harness.client.addResident(TEAM, HUDSON, resident));

    expect(error.code).toBe('ELEVENOS_CONFLICT');
    expect(error.status).toBe(409);
    expect(error.message).not.toMatch(/sam\.lee/i);
  });

  it('surfaces 500 as a server error once retries run out', async () => {
    harness.sandbox.faults.failNext(5, { status: 500 });

    const error = await failure(harness.client.listTeams());

    expect(error.code).toBe('ELEVENOS_SERVER_ERROR');
    expect(error.status).toBe(500);
    expect(harness.sandbox.requests.count('listTeams')).toBe(2);
  });

  it('answers 202 for a bulk job', async () => {
    const ids = [SANDBOX_RESIDENT_IDS.lenaOrtiz];

    const receipt = await harness.client.bulkAction(TEAM, HUDSON, 'terminate', ids);

    expect(receipt.jobId).toMatch(/\S/);
    expect(harness.sandbox.requests.list().at(-1)?.status).toBe(202);
  });
});

describe('other failures', () => {
  it('reads the string form of the error body', async () => {
    harness.sandbox.faults.configure({ errorStyle: 'string' });

    const error = await failure(harness.client.getResident(TEAM, HUDSON, 'missing'));

    expect(error.apiMessage).toBe('Resident missing not found');
    expect(error.apiCode).toBeNull();
  });

  it('rejects wrong credentials without naming them', async () => {
    const client = harness.makeClient({ password: 'not-the-password' });

    const error = await failure(client.listTeams());

    expect(error.code).toBe('ELEVENOS_ACCESS_DENIED');
    expect(error.pathTemplate).toBe('/oauth/token');
    expect(error.message).not.toContain('not-the-password');
    expect(error.message).not.toContain('frontdesk-api@');
  });

  it('reports a success body that is not JSON', async () => {
    const html = () => Promise.resolve(new Response('<html>portal</html>', { status: 200 }));
    const client = harness.makeClient({ fetch: html });

    const error = await failure(client.listTeams());

    expect(error.code).toBe('ELEVENOS_UNEXPECTED_RESPONSE');
  });

  it('reports a body of the wrong shape', async () => {
    const fetchTeams = (input: string | URL | Request, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : String(input);
      return url.endsWith('/teams')
        ? Promise.resolve(Response.json({ Error: null, Teams: [{ Name: 'No id' }] }))
        : fetch(input, init);
    };
    const client = harness.makeClient({ fetch: fetchTeams });

    const error = await failure(client.listTeams());

    expect(error.code).toBe('ELEVENOS_UNEXPECTED_RESPONSE');
    expect(error.message).toContain('Teams.0.TeamId');
  });

  it('gives a distinct message when the API is unreachable', async () => {
    const port = await closedPort();
    const client = createElevenOsClient({
      baseUrl: `http://127.0.0.1:${port}/v2`,
      email: 'a@example.com',
      password: 'x',
      retry: { limit: 0 },
    });

    const error = await failure(client.listTeams());

    expect(error.code).toBe('ELEVENOS_UNREACHABLE');
    expect(error.status).toBeNull();
    expect(error.message).toMatch(/could not reach the ElevenOS API/i);
  });
});

function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
