import { describeElevenOsError } from '../../src/elevenos/describe-error.js';
import { ElevenOsError } from '../../src/elevenos/errors.js';
import { SANDBOX_RESIDENT_IDS, SANDBOX_STAFF_ACCOUNT } from '../../src/sandbox/index.js';
import { HUDSON, TEAM, newResident, startHarness } from './client-harness.js';
import type { ClientHarness } from './client-harness.js';

let harness: ClientHarness;

beforeEach(async () => {
  harness = await startHarness({
    client: { timeoutMs: 150, retry: { limit: 2, baseDelayMs: 100 } },
  });
});

afterEach(async () => {
  await harness.close();
});

async function residentsAt(unit: string) {
  const residents = await harness.client.listResidents(TEAM, HUDSON);
  return residents.filter((resident) => resident.building === 'Hudson' && resident.unit === unit);
}

describe('add after an unknown outcome', () => {
  it('reads back, then adds once more when a 500 changed nothing', async () => {
    harness.sandbox.faults.failNext(1, { status: 500, routes: ['addResident'] });

    const added = await harness.client.addResident(TEAM, HUDSON, newResident());

    expect(added.status).toEqual(['scheduled']);
    expect(harness.sandbox.requests.count('addResident')).toBe(2);
    expect(harness.sandbox.requests.count('listResidents')).toBe(1);
    expect(await residentsAt('102')).toHaveLength(1);
  });

  it('returns the resident a 500 did add, without a second add', async () => {
    harness.sandbox.faults.failNext(1, { status: 500, afterApply: true, routes: ['addResident'] });

    const added = await harness.client.addResident(TEAM, HUDSON, newResident());

    expect(added.email).toBe('tess.marlow@example.com');
    expect(harness.sandbox.requests.count('addResident')).toBe(1);
    expect(await residentsAt('102')).toEqual([added]);
  });

  it('finds the resident after a timeout and sends no second add', async () => {
    harness.sandbox.faults.hangNext(1, 1000, ['addResident']);

    const added = await harness.client.addResident(TEAM, HUDSON, newResident());

    expect(added.unit).toBe('102');
    expect(harness.sandbox.requests.count('addResident')).toBe(1);
    expect(await residentsAt('102')).toHaveLength(1);
  });

  it('matches by name when the resident has no email', async () => {
    harness.sandbox.faults.failNext(1, { status: 502, body: 'html', afterApply: true });
    const resident = newResident({ email: null, firstName: 'Omar', lastName: 'Quill' });

    const added = await harness.client.addResident(TEAM, HUDSON, resident);

    expect(added.firstName).toBe('Omar');
    expect(harness.sandbox.requests.count('addResident')).toBe(1);
  });

  it('reports nothing changed when both tries failed and the read-back agrees', async () => {
    harness.sandbox.faults.failNext(2, { status: 500, routes: ['addResident'] });

    const error = await harness.client
      .addResident(TEAM, HUDSON, newResident())
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ElevenOsError);
    expect(error).toMatchObject({ code: 'ELEVENOS_SERVER_ERROR', outcome: 'not_applied' });
    expect(harness.sandbox.requests.count('addResident')).toBe(2);
    expect(await residentsAt('102')).toHaveLength(0);
  });

  it('reports an unknown outcome when the read-back fails too', async () => {
    harness.sandbox.faults.failNext(20, { status: 500, routes: ['addResident', 'listResidents'] });

    const error = await harness.client
      .addResident(TEAM, HUDSON, newResident())
      .catch((caught: unknown) => caught as ElevenOsError);

    expect(error).toMatchObject({ code: 'ELEVENOS_SERVER_ERROR', outcome: 'unknown' });
    expect(harness.sandbox.requests.count('addResident')).toBe(1);
    expect(describeElevenOsError(error as ElevenOsError, { siteName: 'Hudson Yards' })).toMatch(
      /could not confirm whether the change was made/,
    );
  });

  it('waits for a 503 Retry-After before reading back and adding again', async () => {
    harness.sandbox.faults.failNext(1, { status: 503, retryAfter: '2', routes: ['addResident'] });

    await harness.client.addResident(TEAM, HUDSON, newResident());

    expect(harness.sleeps).toEqual([2000]);
    expect(harness.sandbox.requests.count('listResidents')).toBe(1);
    expect(harness.sandbox.requests.count('addResident')).toBe(2);
    expect(await residentsAt('102')).toHaveLength(1);
  });

  it('repeats an add refused with 429 after its Retry-After', async () => {
    harness.sandbox.faults.failNext(1, { status: 429, retryAfter: '1', routes: ['addResident'] });

    await harness.client.addResident(TEAM, HUDSON, newResident());

    expect(harness.sleeps).toEqual([1000]);
    expect(harness.sandbox.requests.count('addResident')).toBe(2);
    expect(harness.sandbox.requests.count('listResidents')).toBe(0);
  });
});

describe('definite refusals of a write', () => {
  const cases: [string, () => Promise<unknown>, string][] = [
    [
      '400',
      () => harness.client.addResident(TEAM, HUDSON, newResident({ activationDateUtc: 'x' })),
      'ELEVENOS_BAD_REQUEST',
    ],
    [
      '403',
      () =>
        harness.makeClient({ ...SANDBOX_STAFF_ACCOUNT }).addResident(TEAM, HUDSON, newResident()),
      'ELEVENOS_ACCESS_DENIED',
    ],
    [
      '404',
      () => harness.client.updateResident(TEAM, HUDSON, 'gone', { phone: '1' }),
      'ELEVENOS_NOT_FOUND',
    ],
    [
      '406',
      () => harness.client.addResident(TEAM, HUDSON, newResident({ unit: '109' })),
      'ELEVENOS_VALIDATION',
    ],
    [
      '409',
      () => harness.client.addResident(TEAM, HUDSON, newResident({ email: 'sam.lee@example.com' })),
      'ELEVENOS_CONFLICT',
    ],
  ];

  it.each(cases)('%s is not retried and not read back', async (_status, write, code) => {
    await expect(write()).rejects.toMatchObject({ code, outcome: 'not_applied' });

    const writes = harness.sandbox.requests
      .list()
      .filter((entry) => entry.method !== 'GET' && entry.route !== 'token');
    // A 403 is tried once more with a fresh token; nothing else is repeated.
    expect(writes).toHaveLength(code === 'ELEVENOS_ACCESS_DENIED' ? 2 : 1);
    expect(harness.sandbox.requests.count('listResidents')).toBe(0);
    expect(harness.sandbox.requests.count('getResident')).toBe(0);
    expect(harness.sleeps).toEqual([]);
  });
});

describe('other writes after an unknown outcome', () => {
  it('update: returns the record a timed-out change produced', async () => {
    harness.sandbox.faults.hangNext(1, 1000, ['updateResident']);
    const id = SANDBOX_RESIDENT_IDS.priyaNair;

    const updated = await harness.client.updateResident(TEAM, HUDSON, id, {
      phone: '555-010-0100',
    });

    expect(updated.phone).toBe('555-010-0100');
    expect(harness.sandbox.requests.count('updateResident')).toBe(1);
    expect(harness.sandbox.requests.count('getResident')).toBe(1);
  });

  it('update: accepts a past deactivation that ElevenOS cleared', async () => {
    harness.sandbox.faults.failNext(1, {
      status: 500,
      afterApply: true,
      routes: ['updateResident'],
    });
    const id = SANDBOX_RESIDENT_IDS.tomReyes;

    const updated = await harness.client.updateResident(TEAM, HUDSON, id, {
      deactivationDateUtc: '2026-12-01T04:59:59.000Z',
    });

    expect(updated.deactivationDateUtc).toBeNull();
    expect(harness.sandbox.requests.count('updateResident')).toBe(1);
  });

  it('terminate: confirms by reading the status back', async () => {
    harness.sandbox.faults.hangNext(1, 1000, ['terminateResident']);
    const id = SANDBOX_RESIDENT_IDS.samLeeHudson101;

    await harness.client.terminateResident(TEAM, HUDSON, id);

    expect(harness.sandbox.requests.count('terminateResident')).toBe(1);
    const resident = await harness.client.getResident(TEAM, HUDSON, id);
    expect(resident.status).toEqual(['terminated']);
  });

  it('purge: treats a missing record as done', async () => {
    harness.sandbox.faults.failNext(1, {
      status: 503,
      afterApply: true,
      routes: ['purgeResident'],
    });

    await harness.client.purgeResident(TEAM, HUDSON, SANDBOX_RESIDENT_IDS.graceOkafor);

    expect(harness.sandbox.requests.count('purgeResident')).toBe(1);
    expect(harness.sandbox.requests.count('getResident')).toBe(1);
  });
});

describe('bulk jobs', () => {
  it('are not retried after a 500', async () => {
    harness.sandbox.faults.failNext(1, { status: 500, routes: ['importResidents'] });

    await expect(
      harness.client.importResidents(TEAM, HUDSON, [newResident()]),
    ).rejects.toMatchObject({ code: 'ELEVENOS_SERVER_ERROR', outcome: 'unknown' });
    expect(harness.sandbox.requests.count('importResidents')).toBe(1);
  });

  it('are not retried after a timeout', async () => {
    harness.sandbox.faults.hangNext(1, 1000, ['bulkAction']);
    const ids = [SANDBOX_RESIDENT_IDS.lenaOrtiz];

    await expect(harness.client.bulkAction(TEAM, HUDSON, 'terminate', ids)).rejects.toMatchObject({
      code: 'ELEVENOS_TIMEOUT',
      outcome: 'unknown',
    });
    expect(harness.sandbox.requests.count('bulkAction')).toBe(1);
  });
});
