import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { openSqliteStore } from '../../src/store/open-sqlite-store.js';
import type { Store } from '../../src/store/store.js';

const AT = new Date('2026-12-04T15:00:00Z');
const DAY = 24 * 60 * 60_000;
const LEASE = 2 * 60_000;

function claim(store: Store, key: string, at = AT) {
  return store.claimDelivery(key, { at, ttlMs: DAY, leaseMs: LEASE });
}

const later = (ms: number) => new Date(AT.getTime() + ms);

describe('delivery claims', () => {
  let directory: string;
  let store: Store;

  beforeEach(async () => {
    directory = mkdtempSync(join(tmpdir(), 'frontdesk-deliveries-'));
    store = await openSqliteStore(join(directory, 'frontdesk.db'));
  });

  afterEach(async () => {
    await store.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('claims an unseen key once', async () => {
    expect(await claim(store, 'slack:event:Ev1')).toBe(true);
    expect(await claim(store, 'slack:event:Ev1')).toBe(false);
  });

  it('refuses a finished key until it expires', async () => {
    await claim(store, 'slack:event:Ev1');
    await store.finishDelivery('slack:event:Ev1', 'done', AT);

    expect(await claim(store, 'slack:event:Ev1', later(DAY - 1))).toBe(false);
    expect(await claim(store, 'slack:event:Ev1', later(DAY))).toBe(true);
  });

  it('lets a redelivery claim a failed key', async () => {
    await claim(store, 'slack:event:Ev1');
    await store.finishDelivery('slack:event:Ev1', 'failed', AT);

    expect(await claim(store, 'slack:event:Ev1', later(1))).toBe(true);
    expect(await claim(store, 'slack:event:Ev1', later(2))).toBe(false);
  });

  it('lets a redelivery take over a claim whose lease ran out', async () => {
    await claim(store, 'slack:event:Ev1');

    expect(await claim(store, 'slack:event:Ev1', later(LEASE - 1))).toBe(false);
    expect(await claim(store, 'slack:event:Ev1', later(LEASE))).toBe(true);
  });

  it('lets one of two processes win the same key', async () => {
    const other = await openSqliteStore(join(directory, 'frontdesk.db'));
    try {
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, index) => claim(index % 2 === 0 ? store : other, 'k')),
      );

      expect(results.filter(Boolean)).toHaveLength(1);
    } finally {
      await other.close();
    }
  });
});

describe('channel bindings by prefix', () => {
  let store: Store;

  beforeEach(async () => {
    store = await openSqliteStore(':memory:');
  });

  afterEach(async () => {
    await store.close();
  });

  it('lists only the bindings under the prefix', async () => {
    await store.setChannelSite('slack:C2', 'site-b', AT);
    await store.setChannelSite('slack:C1', 'site-a', AT);
    await store.setChannelSite('teams:19:abc', 'site-a', AT);
    await store.setChannelSite('slack_x:C9', 'site-c', AT);

    expect(await store.listChannelSites('slack:')).toEqual([
      { conversationKey: 'slack:C1', siteId: 'site-a', boundBy: null },
      { conversationKey: 'slack:C2', siteId: 'site-b', boundBy: null },
    ]);
  });
});
