import { HUDSON, TEAM, startHarness } from './client-harness.js';
import type { ClientHarness } from './client-harness.js';

let harness: ClientHarness;

async function start(retry: Record<string, number> = {}, timeoutMs = 2000): Promise<void> {
  harness = await startHarness({
    client: { timeoutMs, retry: { limit: 3, baseDelayMs: 100, maxDelayMs: 5000, ...retry } },
  });
}

afterEach(async () => {
  await harness.close();
});

describe('read retries', () => {
  it('rides out a burst of 500s with growing backoff', async () => {
    await start();
    harness.sandbox.faults.failNext(2, { status: 500, routes: ['listResidents'] });

    await expect(harness.client.listResidents(TEAM, HUDSON)).resolves.toHaveLength(8);

    expect(harness.sandbox.requests.count('listResidents')).toBe(3);
    // Equal jitter with random 0.5: three quarters of 100 ms, then of 200 ms.
    expect(harness.sleeps).toEqual([75, 150]);
  });

  it.each([502, 503, 504] as const)('retries a %i gateway page', async (status) => {
    await start();
    harness.sandbox.faults.failNext(1, { status, body: 'html', routes: ['listTeams'] });

    await expect(harness.client.listTeams()).resolves.toHaveLength(1);
    expect(harness.sandbox.requests.count('listTeams')).toBe(2);
  });

  it('retries after a timeout', async () => {
    await start({}, 150);
    harness.sandbox.faults.hangNext(1, 1000, ['listTeams']);

    await expect(harness.client.listTeams()).resolves.toHaveLength(1);

    expect(harness.sandbox.requests.count('listTeams')).toBe(2);
    expect(harness.calls.filter((call) => call.pathTemplate === '/teams')[0]?.status).toBeNull();
  });

  it('waits the seconds a 503 Retry-After asks for', async () => {
    await start();
    harness.sandbox.faults.failNext(1, { status: 503, retryAfter: '2', routes: ['listTeams'] });

    await harness.client.listTeams();

    expect(harness.sleeps).toEqual([2000]);
  });

  it('waits until a 429 Retry-After date', async () => {
    await start();
    const at = new Date(Date.parse('2026-12-04T15:00:00Z') + 3000).toUTCString();
    harness.sandbox.faults.failNext(1, { status: 429, retryAfter: at, routes: ['listTeams'] });

    await harness.client.listTeams();

    expect(harness.sleeps).toEqual([3000]);
  });

  it('stops at the attempt limit', async () => {
    await start({ limit: 2 });
    harness.sandbox.faults.failNext(10, { status: 500 });

    await expect(harness.client.listTeams()).rejects.toMatchObject({
      code: 'ELEVENOS_SERVER_ERROR',
    });
    expect(harness.sandbox.requests.count('listTeams')).toBe(3);
  });

  it('stops when the total time would pass its limit', async () => {
    await start({ limit: 5, maxTotalMs: 3000 });
    harness.sandbox.faults.failNext(10, { status: 503, retryAfter: '2', routes: ['listTeams'] });

    const error = await harness.client.listTeams().catch((caught: unknown) => caught);

    expect(error).toMatchObject({ code: 'ELEVENOS_UNAVAILABLE', retryAfterMs: 2000 });
    expect(harness.sleeps).toEqual([2000]);
    expect(harness.sandbox.requests.count('listTeams')).toBe(2);
  });

  it('does not wait longer than the maximum delay', async () => {
    await start({ maxDelayMs: 1000 });
    harness.sandbox.faults.failNext(1, { status: 429, retryAfter: '120', routes: ['listTeams'] });

    await expect(harness.client.listTeams()).rejects.toMatchObject({ retryAfterMs: 120_000 });
    expect(harness.sleeps).toEqual([]);
  });

  it('does not retry a 404', async () => {
    await start();

    await expect(harness.client.getResident(TEAM, HUDSON, 'no-such-id')).rejects.toMatchObject({
      code: 'ELEVENOS_NOT_FOUND',
    });
    expect(harness.sandbox.requests.count('getResident')).toBe(1);
    expect(harness.sleeps).toEqual([]);
  });

  it('reports every attempt to onCall', async () => {
    await start();
    harness.sandbox.faults.failNext(1, { status: 500, routes: ['listTeams'] });

    await harness.client.listTeams();

    expect(
      harness.calls.map((call) => `${call.method} ${call.pathTemplate} ${call.status}`),
    ).toEqual(['POST /oauth/token 200', 'GET /teams 500', 'GET /teams 200']);
    expect(harness.calls.every((call) => call.durationMs >= 0)).toBe(true);
  });
});
