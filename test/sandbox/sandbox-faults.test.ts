import { startSandbox } from '../../src/sandbox/index.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import {
  HUDSON_PATH,
  REFERENCE_NOW,
  callAdmin,
  callApi,
  residentBody,
  tokenFor,
} from './sandbox-http.js';

let sandbox: Sandbox;
let token: string;

beforeEach(async () => {
  sandbox = await startSandbox({ now: () => REFERENCE_NOW });
  token = await tokenFor(sandbox);
});

afterEach(async () => {
  await sandbox.close();
});

const listTeams = () => callApi(sandbox, 'GET', '/teams', { token });
const statuses = async (count: number) => {
  const seen: number[] = [];
  for (let i = 0; i < count; i += 1) {
    seen.push((await listTeams()).status);
  }
  return seen;
};

describe('failure plans', () => {
  it('fails the next N calls', async () => {
    sandbox.faults.failNext(2);

    expect(await statuses(3)).toEqual([500, 500, 200]);
  });

  it('fails every Kth call', async () => {
    sandbox.faults.failEvery(3);

    expect(await statuses(6)).toEqual([200, 200, 500, 200, 200, 500]);
  });

  it('sends a gateway HTML page', async () => {
    sandbox.faults.failNext(1, { status: 502, body: 'html' });

    const reply = await listTeams();

    expect(reply.status).toBe(502);
    expect(reply.headers.get('content-type')).toMatch(/text\/html/);
    expect(reply.text).toMatch(/<h1>502 Bad Gateway<\/h1>/);
  });

  it('sends a forced 409 and 406 with their error codes', async () => {
    sandbox.faults.failNext(1, { status: 409, message: 'Resident exists' });
    const conflict = await listTeams();
    sandbox.faults.failNext(1, { status: 406 });
    const invalid = await listTeams();

    expect([conflict.status, conflict.body]).toEqual([
      409,
      { Error: { Code: 'ResidentExists', Message: 'Resident exists' } },
    ]);
    expect([invalid.status, invalid.body]).toEqual([
      406,
      { Error: { Code: 'ValidationError', Message: '406 Not Acceptable (sandbox fault)' } },
    ]);
  });

  it('sends Retry-After', async () => {
    sandbox.faults.failNext(1, { status: 503, retryAfter: '2' });

    expect((await listTeams()).headers.get('retry-after')).toBe('2');
  });

  it('fails only the chosen routes and never the token route by default', async () => {
    sandbox.faults.failNext(5, { status: 500, routes: ['addResident'] });

    const fresh = await tokenFor(sandbox);
    const read = await listTeams();
    const write = await callApi(sandbox, 'POST', `${HUDSON_PATH}/resident`, {
      token,
      body: residentBody(),
    });

    expect(fresh).toEqual(expect.any(String));
    expect(read.status).toBe(200);
    expect(write.status).toBe(500);
    expect(sandbox.state.residentsOf('site-hudson-yards')).toHaveLength(8);
  });

  it('applies the write before failing when asked', async () => {
    sandbox.faults.failNext(1, { status: 500, afterApply: true });

    const write = await callApi(sandbox, 'POST', `${HUDSON_PATH}/resident`, {
      token,
      body: residentBody(),
    });

    expect(write.status).toBe(500);
    expect(sandbox.state.residentsOf('site-hudson-yards')).toHaveLength(9);
  });

  it('marks faulted calls in the request log', async () => {
    sandbox.faults.failNext(1);
    await statuses(2);

    expect(
      sandbox.requests.list().map((entry) => [entry.route, entry.status, entry.faulted]),
    ).toEqual([
      ['token', 200, false],
      ['listTeams', 500, true],
      ['listTeams', 200, false],
    ]);
  });

  it('sends the string error form when asked', async () => {
    sandbox.faults.configure({ errorStyle: 'string' });

    const reply = await callApi(sandbox, 'GET', `${HUDSON_PATH}/resident/nope`, { token });

    expect(reply.body).toEqual({ Error: 'Resident nope not found' });
  });
});

describe('hang and latency', () => {
  it('applies a write at once and answers later', async () => {
    sandbox.faults.hangNext(1, 300, ['addResident']);
    const controller = new AbortController();

    const pending = fetch(`${sandbox.baseUrl}${HUDSON_PATH}/resident`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(residentBody()),
      signal: controller.signal,
    });
    while (sandbox.requests.count('addResident') === 0) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    const appliedBeforeAnswer = sandbox.state.residentsOf('site-hudson-yards').length;
    controller.abort();

    await expect(pending).rejects.toThrow();
    expect(appliedBeforeAnswer).toBe(9);
  });

  it('adds base and route latency', () => {
    sandbox.faults.configure({ latencyMs: 20, routeLatencyMs: { listTeams: 100 } });

    expect(sandbox.faults.decide('listTeams').latencyMs).toBe(120);
    expect(sandbox.faults.decide('listSites').latencyMs).toBe(20);
  });
});

describe('admin routes', () => {
  it('set faults over HTTP', async () => {
    const reply = await callAdmin(sandbox, 'POST', 'faults', {
      failure: { status: 500, next: 1 },
    });

    expect(reply.status).toBe(200);
    expect(await statuses(2)).toEqual([500, 200]);
  });

  it('reject a failure status the knobs do not offer', async () => {
    const reply = await callAdmin(sandbox, 'POST', 'faults', { failure: { status: 418 } });

    expect(reply.status).toBe(400);
  });

  it('reject an unknown fault setting', async () => {
    const reply = await callAdmin(sandbox, 'POST', 'faults', { explode: true });

    expect(reply.status).toBe(400);
  });

  it('clear faults', async () => {
    sandbox.faults.failEvery(1);

    await callAdmin(sandbox, 'DELETE', 'faults');

    expect(await statuses(1)).toEqual([200]);
  });

  it('set and advance the clock', async () => {
    const set = await callAdmin(sandbox, 'POST', 'clock', { now: '2027-01-01T00:00:00Z' });
    const advanced = await callAdmin(sandbox, 'POST', 'clock', { advanceMs: 60_000 });

    expect(set.body).toEqual({ now: '2027-01-01T00:00:00.000Z' });
    expect(advanced.body).toEqual({ now: '2027-01-01T00:01:00.000Z' });
    expect(sandbox.clock.now().toISOString()).toBe('2027-01-01T00:01:00.000Z');
  });

  it('expire tokens', async () => {
    await callAdmin(sandbox, 'POST', 'tokens/expire');

    expect((await listTeams()).status).toBe(403);
  });

  it('reset residents, faults and tokens', async () => {
    await callApi(sandbox, 'POST', `${HUDSON_PATH}/resident`, { token, body: residentBody() });
    sandbox.faults.failEvery(2, { status: 500, routes: ['addResident'] });

    const reply = await callAdmin(sandbox, 'POST', 'reset', {});

    expect(reply.status).toBe(200);
    expect(sandbox.state.residentsOf('site-hudson-yards')).toHaveLength(8);
    expect(sandbox.faults.settings.failure).toBeNull();
    expect((await listTeams()).status).toBe(403);
  });

  it('reset without seed leaves no residents', async () => {
    await callAdmin(sandbox, 'POST', 'reset', { seed: false });

    expect(sandbox.state.residentsOf('site-hudson-yards')).toEqual([]);
  });

  it('list the requests', async () => {
    await listTeams();

    const reply = await callAdmin(sandbox, 'GET', 'requests');

    expect(reply.body.requests).toEqual([
      { method: 'POST', route: 'token', status: 200, faulted: false },
      { method: 'GET', route: 'listTeams', status: 200, faulted: false },
    ]);
  });

  it('answer 404 for an unknown control', async () => {
    expect((await callAdmin(sandbox, 'GET', 'nothing')).status).toBe(404);
  });
});
