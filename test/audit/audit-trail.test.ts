import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { auditToCsv } from '../../src/audit/audit-export.js';
import { REFERENCE_NOW, startConsole, type ConsoleHarness } from '../helpers/console-harness.js';

describe('audit trail', () => {
  let chat: ConsoleHarness;

  beforeEach(async () => {
    chat = await startConsole();
  });

  afterEach(async () => {
    await chat.close();
  });

  async function steps(): Promise<string[]> {
    const events = await chat.runtime.audit.list({ since: REFERENCE_NOW });
    return events.filter((event) => event.kind !== 'api_call').map((event) => event.kind);
  }

  it('records each step of a confirmed move-in once', async () => {
    await chat.say('move in Jane Doe to Hudson 102');
    await chat.say('March 1');
    const confirm = chat.latestCard()!.actions.find((action) => action.id === 'confirm')!;
    await chat.say('yes');
    await chat.runtime.frontdesk.handleAction({
      actor: { id: 'sam', displayName: '@sam' },
      conversation: { platform: 'console', channelId: 'local' },
      actionId: 'confirm',
      value: confirm.value,
    });
    await chat.say('undo');
    expect(await steps()).toEqual(['question', 'proposal', 'confirmation', 'result', 'undo']);
  });

  it('records API calls by path template, without personal data', async () => {
    await chat.say('move in Jane Doe jane@example.com to Hudson 102 on March 1');
    await chat.say('yes');
    const calls = (await chat.runtime.audit.list({ since: REFERENCE_NOW })).filter(
      (event) => event.kind === 'api_call',
    );
    expect(calls.map((event) => `${event.detail.method} ${event.detail.path}`)).toContain(
      'POST /team/{teamId}/site/{siteId}/resident',
    );
    const csv = auditToCsv(await chat.runtime.audit.list({ since: REFERENCE_NOW }));
    expect(csv).not.toContain('Jane');
    expect(csv).not.toContain('jane@example.com');
  });

  it('filters the export by site', async () => {
    await chat.say('move in Jane Doe to Hudson 102 on March 1');
    await chat.say('cancel');
    const hudson = await chat.runtime.audit.list({
      since: REFERENCE_NOW,
      siteIds: ['site-hudson-yards'],
    });
    const sunset = await chat.runtime.audit.list({
      since: REFERENCE_NOW,
      siteIds: ['site-sunset-terrace'],
    });
    expect(hudson.map((event) => event.kind)).toEqual(['proposal', 'cancellation']);
    expect(sunset).toEqual([]);
  });
});

describe('frontdesk audit command', () => {
  let directory: string;

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'frontdesk-audit-'));
  });

  afterEach(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  function frontdesk(args: string[], input = '') {
    return spawnSync('npx', ['tsx', 'bin/frontdesk.ts', ...args], {
      input,
      encoding: 'utf8',
      timeout: 60_000,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        FRONTDESK_DB_PATH: join(directory, 'frontdesk.db'),
      },
    });
  }

  it('exports a session as CSV for one site', () => {
    frontdesk(['start'], 'move in Jane Doe to Hudson 102 on March 1\nyes\n');
    const run = frontdesk(['audit', '--since', '2020-01-01', '--site', 'site-hudson-yards']);
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe('at,kind,actor,conversation,site,proposal,detail');
    expect(lines.slice(1).map((line) => line.split(',')[1])).toEqual([
      'proposal',
      'confirmation',
      'result',
    ]);
  });

  it('takes a site name for --site', () => {
    frontdesk(['start'], 'move in Jane Doe to Hudson 102 on March 1\nyes\n');
    const byName = frontdesk(['audit', '--since', '2020-01-01', '--site', 'Hudson Yards']);
    const byId = frontdesk(['audit', '--since', '2020-01-01', '--site', 'site-hudson-yards']);

    expect(byName.status).toBe(0);
    expect(byName.stdout.trim().split('\n')).toHaveLength(4);
    expect(byName.stdout).toBe(byId.stdout);
  });

  it('names the sites for an unknown --site', () => {
    const run = frontdesk(['audit', '--since', '2020-01-01', '--site', 'Narnia']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('There is no site called "Narnia". Sites: Hudson Yards');
    expect(run.stdout).toBe('');
  });

  it('rejects a date it cannot read', () => {
    const run = frontdesk(['audit', '--since', 'last week']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--since needs a date such as 2026-12-01.');
  });
});
