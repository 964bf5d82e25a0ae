import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { createTeamsPoster } from '../../adapters/teams/teams-poster.js';
import { createPoster } from '../../src/bot/poster.js';
import { createBulkTask } from '../../src/bulk/bulk-task.js';
import { createBulkJobStore } from '../../src/bulk/store/job-store.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/log.js';
import { CHANNEL, installationActivity } from './helpers/activities.js';
import { cardWarnings } from './helpers/card-warnings.js';
import { startTeamsFrontdesk, teamsEnv, type TeamsFrontdesk } from './helpers/teams-harness.js';

const READY = 'test/fixtures/bulk/move-ins-ready.csv';
const local = { platform: 'console', channelId: 'local' } as const;
const maria = { id: 'console', displayName: '@maria' };

describe('Teams bulk result posts', () => {
  let teams: TeamsFrontdesk;
  let now: Date;

  beforeEach(async () => {
    teams = await startTeamsFrontdesk();
    now = new Date('2026-12-04T15:00:00Z');
    await teams.post(
      installationActivity('add', {
        serviceUrl: teams.connector.serviceUrl,
        conversationId: CHANNEL,
        conversationType: 'channel',
      }),
    );
    await teams.idle();
  });

  afterEach(async () => {
    await teams.close();
  });

  const jobs = () => createBulkJobStore(teams.runtime.store);
  const say = (text: string) =>
    teams.runtime.frontdesk.handleMessage({ actor: maria, conversation: local, text });

  /** Queues an import for the Teams channel whose row 1 fails, as the Slack test does. */
  async function queueImportWithFailure(): Promise<void> {
    const [preview] = await say(`import ${READY}`);
    if (preview?.kind !== 'card') throw new Error('expected a preview card');
    const job = await jobs().getJob(preview.card.actions[0]!.value);
    const rows = await jobs().listRows(job!.id);
    await jobs().createJob(
      { ...job!, id: 'job-teams-1', address: { platform: 'teams', channelId: CHANNEL } },
      rows.map(({ row, status, source, payload, problems }) => ({
        row,
        status,
        source,
        payload,
        problems,
      })),
    );
    const [moveIn] = await say('move in Rosa Diaz rosa@example.com to Hudson 100 on March 1');
    if (moveIn?.kind !== 'card') throw new Error('expected a move-in card');
    const confirm = moveIn.card.actions.find((action) => action.id === 'confirm')!;
    await teams.runtime.frontdesk.handleAction({
      actor: maria,
      conversation: local,
      actionId: confirm.id,
      value: confirm.value,
    });
    await jobs().queueJob('job-teams-1', { actor: '@maria', at: job!.createdAt });
  }

  async function runWorker(): Promise<void> {
    const poster = createPoster([
      createTeamsPoster({
        teams: loadConfig(teamsEnv(teams.identity)).teams!,
        store: teams.runtime.store,
        logger: silentLogger(),
      }),
    ]);
    const task = createBulkTask(
      { runtime: teams.runtime, poster, logger: silentLogger(), config: loadConfig({}) },
      { now: () => now },
    );
    for (let run = 0; run < 40; run += 1) {
      await teams.sandbox.jobs.settled();
      await task.run(now);
      if ((await jobs().countUnfinished({ platform: 'teams', since: new Date(0) })) === 0) return;
      now = new Date(now.getTime() + 15_000);
    }
    throw new Error('the bulk job did not finish');
  }

  function cardOf(activity: Record<string, unknown>): Record<string, unknown> {
    const [attachment] = activity.attachments as { content: Record<string, unknown> }[];
    return attachment!.content;
  }

  it('edits the posted progress activity', async () => {
    const before = teams.connector.calls.length;
    await queueImportWithFailure();
    await runWorker();
    const calls = teams.connector.calls.slice(before);
    const posts = calls.filter((call) => call.method === 'POST');
    const puts = calls.filter((call) => call.method === 'PUT');
    // The fake numbers the ids of all successful calls in order, from its first call.
    const progressId = `msg-${teams.connector.calls.indexOf(posts[0]!) + 1}`;

    expect(JSON.stringify(cardOf(posts[0]!.activity))).toContain('Sending 3 rows');
    expect(puts.length).toBeGreaterThanOrEqual(2);
    for (const put of puts) expect(put.activityId).toBe(progressId);
    expect(JSON.stringify(cardOf(puts.at(-1)!.activity))).toContain(
      'The result was posted in this conversation.',
    );
    const everything = [...posts, ...puts].map((call) => JSON.stringify(cardOf(call.activity)));
    expect(everything.filter((card) => card.includes('Import finished'))).toHaveLength(1);
  });

  it('posts the failures as a valid table card', async () => {
    await queueImportWithFailure();
    await runWorker();
    const tables = teams.connector.calls
      .filter((call) => call.method === 'POST')
      .map((call) => cardOf(call.activity))
      .filter((card) => JSON.stringify(card).includes('"type":"Table"'));

    expect(tables).toHaveLength(1);
    expect(cardWarnings(tables[0])).toEqual([]);
    const text = JSON.stringify(tables[0]);
    expect(text).toContain('Failures CSV for move-ins-ready.csv (1 row)');
    expect(text).toContain('Hudson 100 is held by another resident with no end date');
  });
});
