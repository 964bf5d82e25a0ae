import { passwordAuthorization } from '../../src/elevenos/contract.js';
import {
  SANDBOX_ACCOUNT,
  SANDBOX_STAFF_ACCOUNT,
  SANDBOX_TEAM_ID,
  startSandbox,
} from '../../src/sandbox/index.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import {
  HUDSON_PATH,
  REFERENCE_NOW,
  SUNSET_PATH,
  callApi,
  errorMessage,
  tokenFor,
} from './sandbox-http.js';

let sandbox: Sandbox;

beforeEach(async () => {
  sandbox = await startSandbox({ now: () => REFERENCE_NOW, tokenTtlSeconds: 60 });
});

afterEach(async () => {
  await sandbox.close();
});

async function requestToken(authorization: string) {
  const response = await fetch(`${sandbox.baseUrl}/oauth/token`, {
    method: 'POST',
    headers: { authorization },
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('sandbox token', () => {
  it('is issued for the team account', async () => {
    const reply = await requestToken(
      passwordAuthorization(SANDBOX_ACCOUNT.email, SANDBOX_ACCOUNT.password),
    );

    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ token_type: 'Bearer', expires_in: 60 });
    expect(reply.body.access_token).toMatch(/^\S{20,}$/);
  });

  it('is refused for a wrong password', async () => {
    const reply = await requestToken(passwordAuthorization(SANDBOX_ACCOUNT.email, 'wrong'));

    expect(reply.status).toBe(403);
  });

  it('is refused without the Password scheme', async () => {
    const reply = await requestToken('Basic abc');

    expect(reply.status).toBe(403);
  });

  it('is required on every API call', async () => {
    const missing = await callApi(sandbox, 'GET', '/teams', { token: null });
    const unknown = await callApi(sandbox, 'GET', '/teams', { token: 'made-up' });

    expect(missing.status).toBe(403);
    expect(unknown.status).toBe(403);
    expect(errorMessage(missing)).toMatch(/token/);
  });

  it('expires on the sandbox clock', async () => {
    const token = await tokenFor(sandbox);
    sandbox.clock.advance(59_000);
    const before = await callApi(sandbox, 'GET', '/teams', { token });
    sandbox.clock.advance(1_000);
    const after = await callApi(sandbox, 'GET', '/teams', { token });

    expect(before.status).toBe(200);
    expect(after.status).toBe(403);
  });

  it('can be expired at once by a fault knob', async () => {
    const token = await tokenFor(sandbox);
    sandbox.faults.expireTokens();

    expect((await callApi(sandbox, 'GET', '/teams', { token })).status).toBe(403);
  });
});

describe('account reach', () => {
  it('lets the team account reach every site', async () => {
    const token = await tokenFor(sandbox);

    const sites = await callApi(sandbox, 'GET', `/team/${SANDBOX_TEAM_ID}/sites`, { token });

    expect((sites.body.Sites as unknown[]).length).toBe(3);
  });

  it('lets the staff account reach its site only', async () => {
    const token = await tokenFor(sandbox, SANDBOX_STAFF_ACCOUNT);

    const own = await callApi(sandbox, 'GET', `${SUNSET_PATH}/residents`, { token });
    const other = await callApi(sandbox, 'GET', `${HUDSON_PATH}/residents`, { token });
    const sites = await callApi(sandbox, 'GET', `/team/${SANDBOX_TEAM_ID}/sites`, { token });

    expect(own.status).toBe(200);
    expect(other.status).toBe(403);
    expect(sites.body.Sites).toEqual([
      expect.objectContaining({ SiteId: SANDBOX_STAFF_ACCOUNT.siteId }),
    ]);
  });

  it('refuses a staff write on another site', async () => {
    const token = await tokenFor(sandbox, SANDBOX_STAFF_ACCOUNT);

    const reply = await callApi(sandbox, 'POST', `${HUDSON_PATH}/resident`, {
      token,
      body: { FirstName: 'A', LastName: 'B', Building: 'Hudson', Floor: '1', Unit: '102' },
    });

    expect(reply.status).toBe(403);
  });
});
