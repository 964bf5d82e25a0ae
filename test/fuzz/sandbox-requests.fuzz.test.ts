// Random methods, paths, query strings, headers and bodies sent over HTTP into the ElevenOS
// sandbox: each response is a documented status with a JSON body, and a rejected request leaves
// the residents as they were. Jest fails a test on any unhandled rejection or uncaught exception
// during it; sandbox errors that became a 500 are collected through `onError`.
import { Agent, request as httpRequest } from 'node:http';
import { performance } from 'node:perf_hooks';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';

import { passwordAuthorization } from '../../src/elevenos/contract.js';
import {
  SANDBOX_ACCOUNT,
  SANDBOX_RESIDENT_IDS,
  SANDBOX_SITES,
  SANDBOX_STAFF_ACCOUNT,
  SANDBOX_TEAM_ID,
  startSandbox,
  type Sandbox,
} from '../../src/sandbox/index.js';
import { anyJson, mutated, type Json } from './helpers/mutate-json.js';
import { REFERENCE_NOW, tokenFor } from '../sandbox/sandbox-http.js';

const RUNS = 10_000;
const DOCUMENTED = [200, 202, 400, 401, 403, 404, 406, 409, 413];

interface RawReply {
  status: number;
  contentType: string;
  text: string;
}

const agent = new Agent({ keepAlive: true, maxSockets: 1 });

function send(
  port: number,
  method: string,
  path: string,
  headers: Record<string, string>,
  body: string | null,
): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const call = httpRequest(
      { host: '127.0.0.1', port, method, path, headers, agent },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            contentType: String(response.headers['content-type'] ?? ''),
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    call.on('error', reject);
    call.end(body ?? undefined);
  });
}

const residentBody: Json = {
  FirstName: 'Jane',
  LastName: 'Doe',
  Email: 'jane.fuzz@example.com',
  Phone: '+1 212 555 0100',
  Building: 'Hudson',
  Floor: '1',
  Unit: '102',
  ActivationDateUTC: '2027-03-01T11:00:00.000Z',
  DeactivationDateUTC: null,
};

// Real ids most of the time, so requests get past the lookups to the body checks.
const site = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...Object.values(SANDBOX_SITES)) },
  { weight: 1, arbitrary: fc.constantFrom('site-unknown', '', '%zz') },
);
const team = fc.oneof(
  { weight: 8, arbitrary: fc.constant(SANDBOX_TEAM_ID) },
  { weight: 1, arbitrary: fc.constantFrom('team-other', '%zz', '..') },
);
const residentId = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...Object.values(SANDBOX_RESIDENT_IDS).map(String)) },
  { weight: 1, arbitrary: fc.constantFrom('resident-unknown', '%E0%A4%A', '%00', '..%2F..') },
);

// Path characters that Node's client sends unescaped. A % starts well-formed and broken escapes.
const segment = fc.stringMatching(/^[A-Za-z0-9._~%!$&'()*+,;=:@-]{0,12}$/);

const ROUTE_TEMPLATES: [string, string][] = [
  ['GET', '/teams'],
  ['GET', '/team/{t}/sites'],
  ['GET', '/team/{t}/site/{s}/mappings'],
  ['GET', '/team/{t}/site/{s}/residents'],
  ['POST', '/team/{t}/site/{s}/resident'],
  ['GET', '/team/{t}/site/{s}/resident/{r}'],
  ['PUT', '/team/{t}/site/{s}/resident/{r}'],
  ['POST', '/team/{t}/site/{s}/resident/{r}/terminate'],
  ['POST', '/team/{t}/site/{s}/resident/{r}/terminate-and-purge'],
  ['POST', '/team/{t}/site/{s}/residents/import'],
  ['POST', '/team/{t}/site/{s}/residents/bulk'],
  ['POST', '/oauth/token'],
];

const anyMethod = fc.constantFrom(
  'GET',
  'POST',
  'PUT',
  'DELETE',
  'PATCH',
  'HEAD',
  'OPTIONS',
  'FUZZ',
);

// Most requests use a route's own method, so they reach the checks behind the router.
const route = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(
        team,
        site,
        residentId,
        fc.constantFrom(...ROUTE_TEMPLATES),
        fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: anyMethod }),
      )
      .map(([t, s, r, [own, template], other]) => ({
        method: other ?? own,
        path: `/v2${template.replace('{t}', t).replace('{s}', s).replace('{r}', r)}`,
      })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(anyMethod, fc.array(segment, { maxLength: 6 }))
      .map(([method, parts]) => ({ method, path: `/${parts.join('/')}` })),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      method: anyMethod,
      path: fc.constantFrom('//[', '/v2//teams', '/v2/', '/', '/v1/teams', '*'),
    }),
  },
);

const query = fc.oneof(fc.constant(''), fc.stringMatching(/^\?[A-Za-z0-9=&%._~+-]{0,30}$/));

const body = fc.oneof(
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: mutated(residentBody, 4).map((value) => JSON.stringify(value)) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom('Residents', 'Action', 'ResidentIds'),
        fc.array(anyJson, { maxLength: 3 }),
      )
      .map(([key, rows]) => JSON.stringify({ [key]: rows, Action: 'terminate' })),
  },
  { weight: 1, arbitrary: anyJson.map((value) => JSON.stringify(value)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom('{', '{"FirstName":', '\u0000', 'null', '[]', '""') },
);

const oversized = fc.constant('x'.repeat(1_000_001));

describe('sandbox request fuzzing', () => {
  let sandbox: Sandbox;
  let token: string;
  let staffToken: string;
  const errors: unknown[] = [];

  beforeAll(async () => {
    sandbox = await startSandbox({
      now: () => REFERENCE_NOW,
      jobDelayMs: 0,
      onError: (error) => errors.push(error),
    });
    token = await tokenFor(sandbox);
    staffToken = await tokenFor(sandbox, SANDBOX_STAFF_ACCOUNT);
  });

  afterAll(async () => {
    agent.destroy();
    await sandbox.close();
  });

  function snapshot(): string {
    const residents = Object.values(SANDBOX_SITES).map((id) => sandbox.state.residentsOf(id));
    return JSON.stringify({ residents, jobs: sandbox.jobs.list().length });
  }

  it('answers random requests with documented statuses and JSON errors', async () => {
    const authorization = fc.oneof(
      { weight: 6, arbitrary: fc.constant(`Bearer ${token}`) },
      { weight: 1, arbitrary: fc.constant(`Bearer ${staffToken}`) },
      {
        weight: 1,
        arbitrary: fc.constant(
          passwordAuthorization(SANDBOX_ACCOUNT.email, SANDBOX_ACCOUNT.password),
        ),
      },
      { weight: 1, arbitrary: fc.constant(null) },
      {
        weight: 1,
        arbitrary: fc.stringMatching(/^(?:Bearer|Password|Basic) [A-Za-z0-9+/=:._-]{0,40}$/),
      },
    );
    const request = fc.record({
      route,
      query,
      authorization,
      contentType: fc.constantFrom('application/json', 'text/plain', 'application/xml', null),
      body: fc.oneof({ weight: 400, arbitrary: body }, { weight: 1, arbitrary: oversized }),
    });
    const statuses = new Map<number, number>();
    const started = performance.now();

    await fc.assert(
      fc.asyncProperty(request, async (call) => {
        await sandbox.jobs.settled();
        const before = snapshot();
        const headers: Record<string, string> = {};
        if (call.authorization !== null) headers.authorization = call.authorization;
        if (call.contentType !== null) headers['content-type'] = call.contentType;
        // Without a length, Node sends a GET body unframed and the server reads it as a request.
        if (call.body !== null) headers['content-length'] = String(Buffer.byteLength(call.body));
        const reply = await send(
          sandbox.port,
          call.route.method,
          `${call.route.path}${call.query}`,
          headers,
          call.body,
        );
        statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);

        expect(DOCUMENTED).toContain(reply.status);
        expect(reply.contentType).toMatch(/^application\/json/);
        if (call.route.method !== 'HEAD')
          expect(() => JSON.parse(reply.text) as unknown).not.toThrow();
        if (reply.status >= 400) {
          await sandbox.jobs.settled();
          expect(snapshot()).toBe(before);
        }
      }),
      { numRuns: RUNS },
    );
    await sandbox.jobs.settled();

    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      `sandbox fuzz: ${RUNS} requests in ${seconds} s, statuses ${JSON.stringify([...statuses].sort())}\n`,
    );
    expect(errors).toEqual([]);
    expect(statuses.get(413)).toBeGreaterThan(0);
  }, 120_000);
});
