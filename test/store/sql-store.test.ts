import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import type { Proposal } from '../../src/proposals/types.js';
import type { Store } from '../../src/store/store.js';
import { STORE_BACKENDS, type StoreBackend } from '../helpers/store-backends.js';

const CREATED = new Date('2026-12-04T15:00:00Z');

function proposal(overrides: Partial<Proposal> = {}): Proposal {
  return {
    id: 'proposal-1',
    teamId: 'team-1',
    siteId: 'site-1',
    conversationKey: 'console:local',
    action: {
      type: 'purge',
      residentId: 'resident-1',
      residentName: 'Test Resident',
      unit: { building: 'Hudson', floor: '1', unit: '102' },
    },
    status: 'open',
    createdBy: '@maria',
    createdAt: CREATED,
    expiresAt: new Date(CREATED.getTime() + 60_000),
    decidedBy: null,
    decidedAt: null,
    outcome: null,
    undoStatus: null,
    ...overrides,
  };
}

describe.each(STORE_BACKENDS)('%s store', (_name, makeBackend) => {
  let backend: StoreBackend;
  let store: Store;

  beforeEach(async () => {
    backend = makeBackend();
    store = await backend.open();
  });

  afterEach(async () => {
    try {
      await store?.close();
    } finally {
      await backend.destroy();
    }
  });

  it('round-trips a proposal', async () => {
    await store.createProposal(proposal());
    expect(await store.getProposal('proposal-1')).toEqual(proposal());
  });

  it('lets exactly one of two simultaneous claims win', async () => {
    await store.createProposal(proposal());
    const claim = (actor: string) =>
      store.transitionProposal('proposal-1', {
        from: ['open'],
        to: 'working',
        actor,
        at: CREATED,
        notExpiredAt: CREATED,
      });
    const results = await Promise.all([claim('@sam'), claim('@maria')]);
    expect(results.filter((result) => result.applied)).toHaveLength(1);
    const loser = results.find((result) => !result.applied);
    expect(loser?.proposal?.status).toBe('working');
  });

  it('lets one claim win across two connections', async () => {
    await store.createProposal(proposal());
    const second = await backend.open();
    try {
      const attempts = Array.from({ length: 10 }, (_, index) =>
        (index % 2 === 0 ? store : second).transitionProposal('proposal-1', {
          from: ['open'],
          to: 'working',
          actor: `@user${index}`,
          at: CREATED,
          notExpiredAt: CREATED,
        }),
      );
      const results = await Promise.all(attempts);
      expect(results.filter((result) => result.applied)).toHaveLength(1);
    } finally {
      await second.close();
    }
  });

  it('refuses to claim an expired proposal', async () => {
    await store.createProposal(proposal());
    const late = new Date(CREATED.getTime() + 60_000);
    const result = await store.transitionProposal('proposal-1', {
      from: ['open'],
      to: 'working',
      at: late,
      notExpiredAt: late,
    });
    expect(result.applied).toBe(false);
    expect(result.proposal?.status).toBe('open');
  });

  it('records who decided and the outcome', async () => {
    await store.createProposal(proposal());
    await store.transitionProposal('proposal-1', {
      from: ['open'],
      to: 'working',
      actor: '@sam',
      at: CREATED,
    });
    const outcome = { summary: 'Purged', residentIds: ['resident-1'] };
    const done = await store.transitionProposal('proposal-1', {
      from: ['working'],
      to: 'done',
      at: CREATED,
      outcome,
    });
    expect(done.applied).toBe(true);
    expect(done.proposal?.decidedBy).toBe('@sam');
    expect(done.proposal?.outcome).toEqual(outcome);
  });

  it('claims an undo once and only inside the window', async () => {
    await store.createProposal(proposal({ status: 'done', decidedAt: CREATED, decidedBy: '@sam' }));
    const tooLate = await store.claimUndo('proposal-1', new Date(CREATED.getTime() + 1), CREATED);
    expect(tooLate.applied).toBe(false);
    const first = await store.claimUndo('proposal-1', new Date(CREATED.getTime() - 1), CREATED);
    const second = await store.claimUndo('proposal-1', new Date(CREATED.getTime() - 1), CREATED);
    expect(first.applied).toBe(true);
    expect(second.applied).toBe(false);
  });

  it('keeps conversation state until cleared', async () => {
    await store.saveConversation('console:local', { step: 1 }, CREATED);
    await store.saveConversation('console:local', { step: 2 }, CREATED);
    expect(await store.getConversation('console:local')).toEqual({ step: 2 });
    await store.clearConversation('console:local');
    expect(await store.getConversation('console:local')).toBeNull();
  });

  it('binds a channel to a site', async () => {
    expect(await store.getChannelSite('slack:C1')).toBeNull();
    await store.setChannelSite('slack:C1', 'site-2', CREATED);
    await store.setChannelSite('slack:C1', 'site-3', CREATED);
    expect(await store.getChannelSite('slack:C1')).toBe('site-3');
  });

  it('keeps proposals across a reopen', async () => {
    await store.createProposal(proposal());
    await store.close();
    store = await backend.open();
    expect((await store.getProposal('proposal-1'))?.status).toBe('open');
  });
});
