import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createPoster } from '../../../src/bot/poster.js';
import type { ConversationAddress, Reply } from '../../../src/bot/replies.js';
import { createBulkTask, type BulkTaskOptions } from '../../../src/bulk/bulk-task.js';
import { createBulkFiles } from '../../../src/bulk/files/bulk-files.js';
import { createBulkJobStore, type BulkJobStore } from '../../../src/bulk/store/job-store.js';
import { loadConfig } from '../../../src/config.js';
import type { Resident } from '../../../src/elevenos/types.js';
import { silentLogger } from '../../../src/log.js';
import { SANDBOX_TEAM_ID } from '../../../src/sandbox/index.js';
import type { WorkerTask } from '../../../src/worker/worker.js';
import { startConsole, type ConsoleHarness } from '../../helpers/console-harness.js';

export interface Post {
  address: ConversationAddress;
  replies: Reply[];
}

/** The console harness plus the bulk worker task, a recording poster and sandbox controls. */
export interface BulkHarness {
  chat: ConsoleHarness;
  jobs: BulkJobStore;
  task: WorkerTask;
  posts: Post[];
  /** Where the worker writes failures CSVs. */
  filesDirectory: string;
  /** Runs the worker, letting the sandbox apply its jobs and the clock move, until it is idle. */
  runWorker(options?: { stepMs?: number; maxRuns?: number }): Promise<void>;
  settleSandbox(): Promise<void>;
  setFaults(settings: Record<string, unknown>): Promise<void>;
  residents(siteId: string): Promise<Resident[]>;
  close(): Promise<void>;
}

export async function startBulkHarness(
  options: BulkTaskOptions = {},
  env: Record<string, string> = {},
): Promise<BulkHarness> {
  const chat = await startConsole(env);
  const posts: Post[] = [];
  const filesDirectory = mkdtempSync(join(tmpdir(), 'frontdesk-bulk-test-'));
  const poster = createPoster([
    {
      platform: 'console',
      post: (channelId, replies) => {
        posts.push({ address: { platform: 'console', channelId }, replies });
        return Promise.resolve();
      },
    },
  ]);
  const task = createBulkTask(
    {
      runtime: chat.runtime,
      poster,
      logger: silentLogger(),
      config: loadConfig({ FRONTDESK_DB_PATH: ':memory:', ...env }),
    },
    { now: () => chat.clock.now, files: createBulkFiles(filesDirectory), ...options },
  );
  const origin = new URL(chat.runtime.sandboxUrl!).origin;
  const admin = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${origin}/_sandbox/${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`sandbox ${path} answered ${response.status}`);
  };
  const jobs = createBulkJobStore(chat.runtime.store);

  async function settleSandbox() {
    await admin('POST', 'jobs/settle');
  }

  return {
    chat,
    jobs,
    task,
    posts,
    filesDirectory,
    async runWorker({ stepMs = 15_000, maxRuns = 40 } = {}) {
      for (let run = 0; run < maxRuns; run += 1) {
        await settleSandbox();
        await task.run(chat.clock.now);
        await settleSandbox();
        if ((await jobs.countUnfinished({ platform: 'console', since: new Date(0) })) === 0) return;
        chat.clock.now = new Date(chat.clock.now.getTime() + stepMs);
      }
      throw new Error(`bulk jobs still unfinished after ${maxRuns} worker runs`);
    },
    settleSandbox,
    setFaults: (settings) => admin('POST', 'faults', settings),
    residents: (siteId) => chat.runtime.client.listResidents(SANDBOX_TEAM_ID, siteId),
    async close() {
      await chat.close();
      rmSync(filesDirectory, { recursive: true, force: true });
    },
  };
}

/** Joins every reply posted so far: text, or a card's title, fields and notes, one per line. */
export function postedText(posts: Post[]): string {
  return posts
    .flatMap((post) => post.replies)
    .map((reply) =>
      reply.kind === 'text'
        ? reply.text
        : [
            reply.card.title,
            ...reply.card.fields.map((f) => `${f.label}: ${f.value}`),
            ...reply.card.notes,
          ].join('\n'),
    )
    .join('\n');
}
