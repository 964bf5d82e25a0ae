import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { createBulkJobStore, type BulkJobStore } from '../../src/bulk/store/job-store.js';
import type { BulkJob } from '../../src/bulk/store/job-types.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/log.js';
import { createRuntime } from '../../src/runtime.js';
import {
  SANDBOX_ACCOUNT,
  SANDBOX_SITES,
  SANDBOX_TEAM_ID,
  startSandbox,
  type Sandbox,
} from '../../src/sandbox/index.js';
import { openSqliteStore } from '../../src/store/open-sqlite-store.js';
import type { Store } from '../../src/store/store.js';

const CHILD = 'test/bulk/helpers/bulk-worker-child.ts';
const ROWS = ['Nia,Brooks,100', 'Owen,Price,102', 'Pia,Quinn,103'];

let sandbox: Sandbox;
let directory: string;
let env: Record<string, string>;
let children: ChildProcess[];
let store: Store | null;

beforeEach(async () => {
  // Jobs take 1.5 s to apply, so a worker can be killed while its job is in flight.
  sandbox = await startSandbox({ jobDelayMs: 1_500 });
  directory = mkdtempSync(join(tmpdir(), 'frontdesk-restart-'));
  env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    ELEVENOS_BASE_URL: sandbox.baseUrl,
    ELEVENOS_EMAIL: SANDBOX_ACCOUNT.email,
    ELEVENOS_PASSWORD: SANDBOX_ACCOUNT.password,
    ELEVENOS_TEAM_ID: SANDBOX_TEAM_ID,
    FRONTDESK_DB_PATH: join(directory, 'frontdesk.db'),
    POSTS_FILE: join(directory, 'posts.jsonl'),
    LEASE_MS: '1000',
  };
  children = [];
  store = null;
});

afterEach(async () => {
  for (const child of children) child.kill('SIGKILL');
  await store?.close();
  await sandbox.close();
  rmSync(directory, { recursive: true, force: true });
});

/** Previews and sends an import through the chat, as staff would, in this test's process. */
async function queueImport(): Promise<string> {
  const path = join(directory, 'moves.csv');
  // Far-future dates: the sandbox runs on the real clock here.
  writeFileSync(
    path,
    [
      'First name,Last name,Building,Unit,Move-in',
      ...ROWS.map((row) => {
        const [first, last, unit] = row.split(',');
        return `${first},${last},Hudson,${unit},3/1/2031`;
      }),
    ].join('\n'),
  );
  const runtime = await createRuntime(loadConfig(env), silentLogger());
  try {
    const actor = { id: 'U1', displayName: '@maria' };
    const conversation = { platform: 'console', channelId: 'local' } as const;
    const [preview] = await runtime.frontdesk.handleMessage({
      actor,
      conversation,
      text: `import ${path}`,
    });
    const send = preview?.kind === 'card' ? preview.card.actions[0] : undefined;
    await runtime.frontdesk.handleAction({
      actor,
      conversation,
      actionId: send!.id,
      value: send!.value,
    });
    return send!.value;
  } finally {
    await runtime.close();
  }
}

function startWorkerProcess(): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return child;
}

async function until<T>(
  what: string,
  probe: () => Promise<T | null> | T | null,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== null) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function jobStore(): Promise<BulkJobStore> {
  store ??= await openSqliteStore(env.FRONTDESK_DB_PATH!);
  return createBulkJobStore(store);
}

async function killed(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

function posts(): string[] {
  const file = env.POSTS_FILE!;
  return existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n') : [];
}

function scheduledNames(): string[] {
  return sandbox.state
    .residentsOf(SANDBOX_SITES.hudsonYards)
    .filter((resident) => ['Nia', 'Owen', 'Pia'].includes(resident.firstName))
    .map((resident) => resident.firstName)
    .sort();
}

const importCalls = () =>
  sandbox.requests.list().filter((call) => call.route === 'importResidents');

describe('bulk worker killed mid-job', () => {
  it('resumes after a restart and posts the result once', async () => {
    const jobId = await queueImport();
    const jobs = await jobStore();
    const first = startWorkerProcess();
    await until('the job to be accepted', async () => {
      const job: BulkJob | null = await jobs.getJob(jobId);
      return job?.submissions.some((each) => each.outcome === 'accepted') ? job : null;
    });
    await killed(first);
    expect(scheduledNames()).toEqual([]);

    startWorkerProcess();
    const done = await until('the job to finish', async () => {
      const job = await jobs.getJob(jobId);
      return job?.status === 'done' ? job : null;
    });

    expect(done.postedAt).not.toBeNull();
    expect(posts()).toHaveLength(1);
    expect(posts()[0]).toContain('Import finished: 3 of 3 rows scheduled');
    expect(scheduledNames()).toEqual(['Nia', 'Owen', 'Pia']);
    expect(importCalls()).toHaveLength(1);
  }, 90_000);

  it('sends nothing twice when killed during the import request', async () => {
    // The sandbox applies the import at once but delays its response by 20 s.
    sandbox.faults.hangNext(1, 20_000, ['importResidents']);
    const jobId = await queueImport();
    const jobs = await jobStore();
    const first = startWorkerProcess();
    await until('the import request', () => (importCalls().length > 0 ? true : null));
    await killed(first);

    startWorkerProcess();
    await until('the job to finish', async () =>
      (await jobs.getJob(jobId))?.status === 'done' ? true : null,
    );

    expect(posts()).toHaveLength(1);
    expect(scheduledNames()).toEqual(['Nia', 'Owen', 'Pia']);
    expect(importCalls()).toHaveLength(1);
  }, 90_000);
});
