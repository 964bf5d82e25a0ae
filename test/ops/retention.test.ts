import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { createAuditLog } from '../../src/audit/audit-log.js';
import { createBulkJobStore } from '../../src/bulk/store/job-store.js';
import { createLogger } from '../../src/log.js';
import { pruneStoredData } from '../../src/ops/retention.js';
import type { Proposal } from '../../src/proposals/types.js';
import type { Store } from '../../src/store/store.js';
import { STORE_BACKENDS, type StoreBackend } from '../helpers/store-backends.js';

const NOW = new Date('2026-12-04T12:00:00Z');
const DAY = 24 * 60 * 60_000;
const SETTINGS = { personalDataDays: 30, auditDays: 365 };

function daysAgo(days: number): Date {
  return new Date(NOW.getTime() - days * DAY);
}

function proposal(id: string, createdDaysAgo: number, decided: boolean): Proposal {
  const createdAt = daysAgo(createdDaysAgo);
  return {
    id,
    teamId: 'team-frontdesk-demo',
    siteId: 'site-hudson-yards',
    conversationKey: 'console:retention',
    action: {
      type: 'purge',
      residentId: 'resident-1',
      residentName: 'Jane Doe',
      unit: { building: 'Hudson', floor: null, unit: '102' },
    },
    status: decided ? 'done' : 'open',
    createdBy: 'staff',
    createdAt,
    expiresAt: new Date(createdAt.getTime() + DAY),
    decidedBy: decided ? 'staff' : null,
    decidedAt: decided ? new Date(createdAt.getTime() + 60_000) : null,
    outcome: null,
    undoStatus: null,
  };
}

async function addJob(store: Store, id: string, createdDaysAgo: number): Promise<void> {
  const createdAt = daysAgo(createdDaysAgo);
  await createBulkJobStore(store).createJob(
    {
      id,
      kind: 'import',
      teamId: 'team-frontdesk-demo',
      siteId: 'site-hudson-yards',
      address: { platform: 'console', channelId: 'retention' },
      title: 'residents.csv',
      details: {},
      createdBy: 'staff',
      createdAt,
      expiresAt: new Date(createdAt.getTime() + DAY),
    },
    [
      {
        row: 1,
        status: 'problem',
        source: { kind: 'resident', name: 'Jane Doe', unit: '102' },
        payload: null,
        problems: ['No unit'],
      },
    ],
  );
}

describe.each(STORE_BACKENDS)('pruneStoredData on %s', (_name, makeBackend) => {
  let backend: StoreBackend;
  let store: Store;
  let filesDirectory: string;

  beforeAll(async () => {
    backend = makeBackend();
    store = await backend.open();
    filesDirectory = mkdtempSync(join(tmpdir(), 'frontdesk-retention-'));

    await store.createProposal(proposal('old-decided', 40, true));
    await store.createProposal(proposal('old-open', 40, false));
    await store.createProposal(proposal('recent-decided', 5, true));
    await store.saveConversation('console:old', { draft: 'Jane Doe' }, daysAgo(31));
    await store.saveConversation('console:recent', { draft: 'John Roe' }, daysAgo(1));
    await addJob(store, 'old-preview', 45);
    await addJob(store, 'recent-preview', 2);
    await store.setChannelSite('console:old', 'site-hudson-yards', daysAgo(400));

    const audit = createAuditLog(store.db, createLogger({ level: 'silent' }));
    for (const [id, days] of [
      ['audit-old', 400],
      ['audit-recent', 100],
    ] as const) {
      await audit.record({
        at: daysAgo(days),
        kind: 'proposal',
        actor: 'staff',
        conversationKey: 'console:retention',
        siteId: 'site-hudson-yards',
        proposalId: id,
        detail: {},
      });
    }

    writeFileSync(join(filesDirectory, 'problems-old.csv'), 'row,problem\n');
    utimesSync(join(filesDirectory, 'problems-old.csv'), daysAgo(31), daysAgo(31));
    writeFileSync(join(filesDirectory, 'problems-new.csv'), 'row,problem\n');
  });

  afterAll(async () => {
    await store.close();
    await backend.destroy();
    rmSync(filesDirectory, { recursive: true, force: true });
  });

  it('deletes only what is past its retention', async () => {
    const counts = await pruneStoredData(store.db, {
      now: NOW,
      settings: SETTINGS,
      filesDirectory,
    });

    expect(counts).toEqual({
      proposals: 2,
      conversations: 1,
      bulkJobs: 1,
      bulkRows: 1,
      auditEvents: 1,
      bulkFiles: 1,
    });
    expect(await store.getProposal('old-decided')).toBeNull();
    expect(await store.getProposal('old-open')).toBeNull();
    expect(await store.getProposal('recent-decided')).not.toBeNull();
    expect(await store.getConversation('console:old')).toBeNull();
    expect(await store.getConversation('console:recent')).not.toBeNull();
    expect(await createBulkJobStore(store).getJob('old-preview')).toBeNull();
    expect(await createBulkJobStore(store).getJob('recent-preview')).not.toBeNull();
    expect(readdirSync(filesDirectory)).toEqual(['problems-new.csv']);
  });

  it('keeps channel bindings', async () => {
    expect(await store.getChannelSite('console:old')).toBe('site-hudson-yards');
  });

  it('deletes nothing on a second pass', async () => {
    const counts = await pruneStoredData(store.db, {
      now: NOW,
      settings: SETTINGS,
      filesDirectory,
    });

    expect(Object.values(counts).every((count) => count === 0)).toBe(true);
  });
});
