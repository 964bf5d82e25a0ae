import { createPoster } from '../../../src/bot/poster.js';
import type { ConversationAddress, Reply } from '../../../src/bot/replies.js';
import { createBulkTask, type BulkTaskOptions } from '../../../src/bulk/bulk-task.js';
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

/** A progress message: what the worker posted first, then each edit in order. */
export interface ProgressLog {
  posted: Reply;
  updates: Reply[];
}

/** The console harness plus the bulk worker task, a recording poster and sandbox controls. */
export interface BulkHarness {
  chat: ConsoleHarness;
  jobs: BulkJobStore;
  task: WorkerTask;
  /** Every post but the progress messages: results and their files. */
  posts: Post[];
  /** Progress messages by reference. */
  progress: Map<string, ProgressLog>;
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
  const progress = new Map<string, ProgressLog>();
  let refs = 0;
  const poster = createPoster([
    {
      platform: 'console',
      post: (channelId, replies) => {
        const [first] = replies;
        if (replies.length === 1 && first !== undefined && isProgressCard(first)) {
          refs += 1;
          progress.set(`progress-${refs}`, { posted: first, updates: [] });
          return Promise.resolve([`progress-${refs}`]);
        }
        posts.push({ address: { platform: 'console', channelId }, replies });
        return Promise.resolve(replies.map(() => null));
      },
      update: (_channelId, ref, reply) => {
        const log = progress.get(ref);
        if (log === undefined) return Promise.reject(new Error(`unknown message ${ref}`));
        log.updates.push(reply);
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
    { now: () => chat.clock.now, ...options },
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
    progress,
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
    close: () => chat.close(),
  };
}

/** Checks whether a reply is a running job's progress card, which the worker edits in place. */
function isProgressCard(reply: Reply): boolean {
  return reply.kind === 'card' && reply.card.fields.some((field) => field.label === 'Progress');
}

/** Joins replies as text: text, a card's title, fields and notes, or a file's title, per line. */
export function repliesText(replies: Reply[]): string {
  return replies
    .map((reply) => {
      if (reply.kind === 'text') return reply.text;
      if (reply.kind === 'file') return reply.file.title;
      const { card } = reply;
      return [card.title, ...card.fields.map((f) => `${f.label}: ${f.value}`), ...card.notes].join(
        '\n',
      );
    })
    .join('\n');
}

/** Joins every reply posted so far, as `repliesText` does. */
export function postedText(posts: Post[]): string {
  return repliesText(posts.flatMap((post) => post.replies));
}
