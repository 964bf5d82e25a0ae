import {
  SANDBOX_ACCOUNT,
  SANDBOX_RESIDENT_IDS,
  SANDBOX_STAFF_ACCOUNT,
  startSandbox,
} from '../../src/sandbox/index.js';
import type { Sandbox, SandboxEmail } from '../../src/sandbox/index.js';
import {
  HUDSON_PATH,
  REFERENCE_NOW,
  SUNSET_PATH,
  callAdmin,
  callApi,
  residentBody,
  tokenFor,
} from './sandbox-http.js';

let sandbox: Sandbox;

beforeEach(async () => {
  sandbox = await startSandbox({ now: () => REFERENCE_NOW, jobDelayMs: 30 });
});

afterEach(async () => {
  await sandbox.close();
});

async function residentsAt(path: string) {
  const reply = await callApi(sandbox, 'GET', `${path}/residents`);
  return reply.body.Residents as Record<string, unknown>[];
}

describe('import job', () => {
  const rows = [
    residentBody(),
    residentBody({
      FirstName: 'Ravi',
      LastName: 'Lund',
      Email: 'ravi@example.com',
      Building: 'Riverside',
      Unit: '104',
    }),
    residentBody({ FirstName: 'Omar', Email: 'omar@example.com', Unit: '109' }),
    residentBody({ FirstName: 'Sam', Email: 'sam.lee@example.com', Floor: '2', Unit: '201' }),
  ];

  it('answers 202 with a job id and applies the rows later', async () => {
    // A delay no loaded machine outruns, so "before" is read before the job runs.
    await sandbox.close();
    sandbox = await startSandbox({ now: () => REFERENCE_NOW, jobDelayMs: 1_500 });
    const reply = await callApi(sandbox, 'POST', `${HUDSON_PATH}/residents/import`, {
      body: { Residents: rows },
    });
    const before = await residentsAt(HUDSON_PATH);
    await sandbox.jobs.settled();
    const after = await residentsAt(HUDSON_PATH);

    expect(reply.status).toBe(202);
    expect(reply.body.Error).toBeNull();
    expect(reply.body.JobId).toMatch(/\S/);
    expect(before).toHaveLength(8);
    expect(after).toHaveLength(10);
  });

  it('emails the outcome with per-row failures', async () => {
    const reply = await callApi(sandbox, 'POST', `${HUDSON_PATH}/residents/import`, {
      body: { Residents: rows },
    });
    await sandbox.jobs.settled();

    const email = sandbox.outbox.forJob(String(reply.body.JobId));
    expect(email?.to).toBe(SANDBOX_ACCOUNT.email);
    expect(email?.report).toMatchObject({ rows: 4, succeeded: 2, failed: 2 });
    expect(email?.report.errors).toEqual([
      expect.objectContaining({
        row: 3,
        status: 406,
        message: 'Hudson, floor 1, unit 109 is not in the site mappings',
      }),
      expect.objectContaining({ row: 4, status: 409, code: 'ResidentExists' }),
    ]);
    expect(email?.text).toMatch(/Row 3: Hudson, floor 1, unit 109 is not in the site mappings/);
  });

  it('applies rows in order', async () => {
    const twice = [residentBody(), residentBody({ Email: 'second@example.com' })];

    await callApi(sandbox, 'POST', `${HUDSON_PATH}/residents/import`, {
      body: { Residents: twice },
    });
    await sandbox.jobs.settled();

    expect(sandbox.outbox.list()[0]?.report.errors).toEqual([
      expect.objectContaining({ row: 2, code: 'UnitOccupied' }),
    ]);
  });

  it('sends the email to the account that started the job', async () => {
    const token = await tokenFor(sandbox, SANDBOX_STAFF_ACCOUNT);
    const row = residentBody({ Building: null, Floor: null, Unit: '201' });

    await callApi(sandbox, 'POST', `${SUNSET_PATH}/residents/import`, {
      token,
      body: { Residents: [row] },
    });
    await sandbox.jobs.settled();

    expect(sandbox.outbox.list().map((email) => email.to)).toEqual([SANDBOX_STAFF_ACCOUNT.email]);
  });
});

describe('bulk action job', () => {
  it('terminates the listed residents and reports unknown ids', async () => {
    const ids = [SANDBOX_RESIDENT_IDS.tomReyes, 'no-such-resident'];

    const reply = await callApi(sandbox, 'POST', `${HUDSON_PATH}/residents/bulk`, {
      body: { Action: 'terminate', ResidentIds: ids },
    });
    await sandbox.jobs.settled();

    const tom = (await residentsAt(HUDSON_PATH)).find((r) => r.ResidentId === ids[0]);
    const email = sandbox.outbox.forJob(String(reply.body.JobId));
    expect(reply.status).toBe(202);
    expect(tom?.Status).toEqual(['terminated']);
    expect(email?.report.errors).toEqual([
      expect.objectContaining({ row: 2, residentId: 'no-such-resident', status: 404 }),
    ]);
  });

  it('purges the listed residents', async () => {
    const ids = [SANDBOX_RESIDENT_IDS.lenaOrtiz, SANDBOX_RESIDENT_IDS.priyaNair];

    await callApi(sandbox, 'POST', `${HUDSON_PATH}/residents/bulk`, {
      body: { Action: 'terminate-and-purge', ResidentIds: ids },
    });
    await sandbox.jobs.settled();

    expect(await residentsAt(HUDSON_PATH)).toHaveLength(6);
  });
});

describe('outbox over HTTP', () => {
  it('lists the emails and settles jobs', async () => {
    await callApi(sandbox, 'POST', `${HUDSON_PATH}/residents/import`, {
      body: { Residents: [residentBody()] },
    });

    const settled = await callAdmin(sandbox, 'POST', 'jobs/settle');
    const outbox = await callAdmin(sandbox, 'GET', 'outbox');
    const emails = outbox.body.emails as SandboxEmail[];

    expect(settled.body.jobs).toHaveLength(1);
    expect(emails).toHaveLength(1);
    expect(emails[0]?.report.succeeded).toBe(1);
    expect((await callAdmin(sandbox, 'DELETE', 'outbox')).body.emails).toEqual([]);
  });
});
