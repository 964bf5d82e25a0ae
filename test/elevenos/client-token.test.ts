import { SANDBOX_STAFF_ACCOUNT } from '../../src/sandbox/index.js';
import { HUDSON, SUNSET, TEAM, startHarness } from './client-harness.js';
import type { ClientHarness } from './client-harness.js';

let harness: ClientHarness;

beforeEach(async () => {
  harness = await startHarness({ sandbox: { tokenTtlSeconds: 600 } });
});

afterEach(async () => {
  await harness.close();
});

describe('access token', () => {
  it('is requested once for many calls', async () => {
    await harness.client.listTeams();
    await harness.client.listSites(TEAM);
    await harness.client.listResidents(TEAM, HUDSON);

    expect(harness.sandbox.requests.count('token')).toBe(1);
  });

  it('is shared by concurrent first calls', async () => {
    await Promise.all([
      harness.client.listTeams(),
      harness.client.listSites(TEAM),
      harness.client.getMappings(TEAM, HUDSON),
    ]);

    expect(harness.sandbox.requests.count('token')).toBe(1);
  });

  it('is sent as a bearer token', async () => {
    const seen: string[] = [];
    const client = harness.makeClient({
      fetch: (input, init) => {
        const request = new Request(input, init);
        seen.push(request.headers.get('authorization') ?? '');
        return fetch(request);
      },
    });

    await client.listTeams();

    expect(seen[0]).toMatch(/^Password /);
    expect(seen[1]).toMatch(/^Bearer \S+$/);
  });

  it('is renewed once when it expires on the server', async () => {
    await harness.client.listTeams();
    harness.sandbox.clock.advance(601_000);

    await expect(harness.client.listSites(TEAM)).resolves.toHaveLength(3);
    expect(harness.sandbox.requests.count('token')).toBe(2);
    expect(harness.sandbox.requests.count('listSites')).toBe(2);
  });

  it('is renewed once after revocation', async () => {
    await harness.client.listTeams();
    harness.sandbox.faults.revokeTokens();

    await expect(harness.client.listTeams()).resolves.toHaveLength(1);
    expect(harness.sandbox.requests.count('token')).toBe(2);
  });

  it('is renewed for concurrent calls with one request', async () => {
    await harness.client.listTeams();
    harness.sandbox.faults.expireTokens();

    await Promise.all([harness.client.listTeams(), harness.client.listSites(TEAM)]);

    expect(harness.sandbox.requests.count('token')).toBe(2);
  });

  it('is renewed before its stated expiry on the client clock', async () => {
    let clientNow = Date.parse('2026-12-04T15:00:00Z');
    const client = harness.makeClient({ now: () => clientNow });

    await client.listTeams();
    clientNow += 590_000;
    await client.listTeams();

    expect(harness.sandbox.requests.count('token')).toBe(2);
    expect(harness.sandbox.requests.count('listTeams')).toBe(2);
  });

  it('gives access denied when a fresh token is refused too', async () => {
    const staff = harness.makeClient({ ...SANDBOX_STAFF_ACCOUNT });

    await expect(staff.listResidents(TEAM, SUNSET)).resolves.toHaveLength(4);
    await expect(staff.getMappings(TEAM, HUDSON)).rejects.toMatchObject({
      code: 'ELEVENOS_ACCESS_DENIED',
      status: 403,
    });
    expect(harness.sandbox.requests.count('getMappings')).toBe(2);
    expect(harness.sandbox.requests.count('token')).toBe(2);
  });
});
