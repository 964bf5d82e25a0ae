// The error body is read once, by the client, whatever hooks are installed, and a page that is
// not JSON never reaches a JSON parser.
import type { BeforeErrorHook } from 'ky';
import { createElevenOsClient } from '../../src/elevenos/client.js';
import type { ElevenOsClientOptions } from '../../src/elevenos/client.js';
import { describeElevenOsError } from '../../src/elevenos/describe-error.js';
import { ElevenOsError } from '../../src/elevenos/errors.js';
import { HUDSON, SUNSET, TEAM, newResident, startHarness } from './client-harness.js';

const TOKEN = Response.json({ access_token: 'token-1' });

/** Returns a fetch that serves the token request, then `reply`, and counts body reads. */
function scriptedFetch(reply: () => Response) {
  const reads = { count: 0 };
  const fetchStub = (input: string | URL | Request): Promise<Response> => {
    const url = input instanceof Request ? input.url : String(input);
    if (url.endsWith('/oauth/token')) {
      return Promise.resolve(TOKEN.clone());
    }
    const response = reply();
    for (const method of ['text', 'json', 'arrayBuffer', 'blob'] as const) {
      const original: () => Promise<unknown> = response[method].bind(response);
      Object.defineProperty(response, method, {
        value: () => {
          reads.count += 1;
          return original();
        },
      });
    }
    return Promise.resolve(response);
  };
  return { fetchStub, reads };
}

function client(fetchStub: ElevenOsClientOptions['fetch'], hooks: BeforeErrorHook[] = []) {
  return createElevenOsClient({
    baseUrl: 'http://127.0.0.1:9/v2',
    email: 'api@example.com',
    password: 'x',
    fetch: fetchStub,
    beforeError: hooks,
    retry: { limit: 0 },
    sleep: () => Promise.resolve(),
  });
}

const unitRejected = () =>
  Response.json({ Error: 'Unit 104 is not in the site mappings' }, { status: 406 });

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

describe('error body', () => {
  it('shows the API message of a 406 in plain words', async () => {
    const { fetchStub } = scriptedFetch(unitRejected);

    const error = await failure(client(fetchStub).addResident('t', 's', newResident()));

    expect(error.apiMessage).toBe('Unit 104 is not in the site mappings');
    expect(describeElevenOsError(error, { siteName: 'Hudson Yards', action: 'schedule' })).toBe(
      "ElevenOS rejected the details: Unit 104 is not in this site's unit list.",
    );
  });

  it('survives a logging beforeError hook that reads the body', async () => {
    const { fetchStub, reads } = scriptedFetch(unitRejected);
    const logged: string[] = [];
    const logBody: BeforeErrorHook = async (error) => {
      logged.push(`${error.response.status} ${await error.response.text()}`);
      return error;
    };

    const error = await failure(client(fetchStub, [logBody]).addResident('t', 's', newResident()));

    expect(error.code).toBe('ELEVENOS_VALIDATION');
    expect(error.apiMessage).toBe('Unit 104 is not in the site mappings');
    expect(logged).toEqual(['406 {"Error":"Unit 104 is not in the site mappings"}']);
    expect(reads.count).toBe(1);
  });

  it('survives a beforeError hook that throws', async () => {
    const { fetchStub } = scriptedFetch(unitRejected);
    const broken: BeforeErrorHook = () => {
      throw new Error('logger down');
    };

    const error = await failure(client(fetchStub, [broken]).addResident('t', 's', newResident()));

    expect(error.code).toBe('ELEVENOS_VALIDATION');
  });

  it('turns an HTML 502 page into a generic unavailable error', async () => {
    const page = () =>
      new Response('<html><body><h1>502 Bad Gateway</h1></body></html>', {
        status: 502,
        headers: { 'content-type': 'text/html' },
      });
    const { fetchStub, reads } = scriptedFetch(page);

    const error = await failure(client(fetchStub).listTeams());

    expect(error.code).toBe('ELEVENOS_UNAVAILABLE');
    expect(error.message).toMatch(/^ElevenOS API unavailable \(502\)/);
    expect(error.apiMessage).toBeNull();
    expect(error.cause).toBeUndefined();
    expect(reads.count).toBe(1);
  });

  it('treats a 500 page that is not JSON as unavailable', async () => {
    const { fetchStub } = scriptedFetch(() => new Response('Internal error', { status: 500 }));

    const error = await failure(client(fetchStub).listTeams());

    expect(error.code).toBe('ELEVENOS_UNAVAILABLE');
    expect(error.message).toMatch(/unavailable \(500\)/);
  });
});

describe('error body from the sandbox', () => {
  it('gives the 406 message for a unit outside the mappings', async () => {
    const harness = await startHarness();
    const resident = newResident({ building: null, floor: null, unit: '109' });

    const error = await failure(harness.client.addResident(TEAM, SUNSET, resident));
    await harness.close();

    expect(describeElevenOsError(error, { siteName: 'Sunset Terrace' })).toBe(
      "ElevenOS rejected the details: Unit 109 is not in this site's unit list.",
    );
  });

  it('gives the HTML 502 page as unavailable', async () => {
    const harness = await startHarness({ client: { retry: { limit: 0 } } });
    harness.sandbox.faults.failNext(1, { status: 502, body: 'html' });

    const error = await failure(harness.client.listResidents(TEAM, HUDSON));
    await harness.close();

    expect(error.message).toMatch(/^ElevenOS API unavailable \(502\)/);
  });
});

describe('stalled body', () => {
  it('times out a body that never ends', async () => {
    const stalled = () =>
      new Response(new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('{')) }), {
        status: 200,
      });
    const { fetchStub } = scriptedFetch(stalled);
    const stalledClient = createElevenOsClient({
      baseUrl: 'http://127.0.0.1:9/v2',
      email: 'api@example.com',
      password: 'x',
      fetch: fetchStub,
      timeoutMs: 50,
      retry: { limit: 0 },
    });

    const error = await failure(stalledClient.addResident('t', 's', newResident()));

    expect(error.code).toBe('ELEVENOS_TIMEOUT');
    expect(error.outcome).toBe('unknown');
  });
});
