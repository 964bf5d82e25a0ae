// A bulk worker in its own process, for tests that kill it mid-job: the real runtime and bulk
// task against the ElevenOS and the SQLite file named in the environment, posting each result
// as a JSON line to POSTS_FILE.
import { appendFileSync } from 'node:fs';

import { createPoster } from '../../../src/bot/poster.js';
import { createBulkTask } from '../../../src/bulk/bulk-task.js';
import { loadConfig } from '../../../src/config.js';
import { createLogger } from '../../../src/log.js';
import { createRuntime } from '../../../src/runtime.js';
import { startWorker } from '../../../src/worker/worker.js';

const config = loadConfig(process.env);
const logger = createLogger({ level: process.env.LOG_LEVEL ?? 'warn' });
const runtime = await createRuntime(config, logger);
const postsFile = process.env.POSTS_FILE!;
const poster = createPoster([
  {
    platform: 'console',
    post: (channelId, replies) => {
      // The posts file holds results only; progress messages and their edits are left out.
      const progress = replies.some(
        (reply) => reply.kind === 'card' && reply.card.fields.some((f) => f.label === 'Progress'),
      );
      if (!progress) appendFileSync(postsFile, `${JSON.stringify({ channelId, replies })}\n`);
      return Promise.resolve(replies.map((_reply, index) => `post-${index}`));
    },
    update: () => Promise.resolve(),
  },
]);
const task = createBulkTask(
  { runtime, poster, logger, config },
  {
    settings: {
      intervalMs: 50,
      leaseMs: Number(process.env.LEASE_MS ?? 1_000),
      firstCheckMs: 100,
      maxCheckDelayMs: 200,
    },
  },
);
const worker = startWorker({ tasks: [task], logger });
// The worker's timers are unref'd, so without this the process would end between runs.
const keepAlive = setInterval(() => undefined, 60_000);
process.stdout.write('worker ready\n');

process.once('SIGTERM', () => {
  clearInterval(keepAlive);
  void worker.stop().then(() => runtime.close());
});
