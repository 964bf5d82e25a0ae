import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { SANDBOX_RESIDENT_IDS, SANDBOX_SITES } from '../../src/sandbox/index.js';
import { postedText, startBulkHarness, type BulkHarness } from './helpers/bulk-harness.js';

const HUDSON_YARDS = SANDBOX_SITES.hudsonYards;
const console = { platform: 'console', channelId: 'local' } as const;

describe('bulk terminations by sentence', () => {
  let bulk: BulkHarness;

  beforeEach(async () => {
    bulk = await startBulkHarness();
  });

  afterEach(async () => {
    await bulk.close();
  });

  it('previews a floor move-out with the count and the names', async () => {
    const card = await bulk.chat.say('move out everyone on Riverside floor 2 on Dec 31');

    expect(card).toContain(
      'Move out 2 residents on Thu, Dec 31 · Riverside floor 2 · Hudson Yards',
    );
    expect(card).toContain('Residents      Sam Lee (Riverside 2A), Lena Ortiz (Riverside 2C)');
    expect(card).toContain(
      'Left out: Tom Reyes (Riverside 2B), because they already move out on or before Thu, Dec 31.',
    );
    expect(card).toContain('[1] Move out 2 residents  [2] Cancel');
    expect(bulk.chat.writes()).toEqual([]);
  });

  it('sets the move-out of each resident and posts the result', async () => {
    await bulk.chat.say('move out everyone on Riverside floor 2 on Dec 31');
    await bulk.chat.say('yes');
    await bulk.runWorker();

    const residents = await bulk.residents(HUDSON_YARDS);
    const ends = (id: string) =>
      residents.find((each) => each.residentId === id)?.deactivationDateUtc;
    expect(ends(SANDBOX_RESIDENT_IDS.samLeeRiverside2A)).toMatch(/^2027-01-01T04:59:59/);
    expect(ends(SANDBOX_RESIDENT_IDS.lenaOrtiz)).toMatch(/^2027-01-01T04:59:59/);
    expect(ends(SANDBOX_RESIDENT_IDS.tomReyes)).toMatch(/^2026-12-08T04:59:59/);
    expect(postedText(bulk.posts)).toContain(
      'Move-outs set: 2 of 2 residents · Riverside floor 2 · Hudson Yards',
    );
  });

  it('asks for a date when the sentence has none', async () => {
    const reply = await bulk.chat.say('move out everyone on Riverside floor 2');
    expect(reply).toBe(
      'On which date? For example "move out everyone on Riverside floor 2 on Dec 31", or add "now" to end Wi-Fi now.',
    );
  });

  it('refuses a move-out date that has passed', async () => {
    const reply = await bulk.chat.say('move out everyone on Riverside floor 2 on 12/1/2026');
    expect(reply).toBe(
      'Tue, Dec 1 has passed. ElevenOS can\'t set a move-out in the past; add "now" instead to end Wi-Fi now.',
    );
  });

  it('reads yesterday as a date, not a place', async () => {
    const reply = await bulk.chat.say('move out everyone at Hudson Yards yesterday');
    expect(reply).toBe(
      'Thu, Dec 3 has passed. ElevenOS can\'t set a move-out in the past; add "now" instead to end Wi-Fi now.',
    );
  });

  it('names a place that is not at any site', async () => {
    const reply = await bulk.chat.say('move out everyone on Tower B on Dec 31');
    expect(reply).toBe('There is no Tower B at Hudson Yards or Sunset Terrace or Campus Commons.');
  });

  it('ends Wi-Fi now through a bulk job', async () => {
    const card = await bulk.chat.say('terminate everyone on Riverside floor 1 now');
    expect(card).toContain('End Wi-Fi now for 1 resident · Riverside floor 1 · Hudson Yards');
    await bulk.chat.say('1');
    await bulk.runWorker();

    const ruben = (await bulk.residents(HUDSON_YARDS)).find(
      (each) => each.residentId === SANDBOX_RESIDENT_IDS.rubenCastillo,
    );
    expect(ruben?.status).toEqual(['terminated']);
    expect(bulk.chat.writes()).toEqual(['POST /team/{teamId}/site/{siteId}/residents/bulk']);
    expect(postedText(bulk.posts)).toContain(
      'Terminated: 1 of 1 resident · Riverside floor 1 · Hudson Yards',
    );
  });
});

describe('bulk purge', () => {
  let bulk: BulkHarness;

  beforeEach(async () => {
    bulk = await startBulkHarness();
  });

  afterEach(async () => {
    await bulk.close();
  });

  it('shows the count and the names of the terminated residents', async () => {
    const card = await bulk.chat.say('purge all terminated residents at Hudson');
    expect(card).toContain('Purge 1 resident · Hudson · Hudson Yards');
    expect(card).toContain('Nora Blake (Hudson 302)');
    expect(card).toContain('You will be asked to type the number of residents.');
    expect(card).toContain('[1] Purge 1 resident…  [2] Cancel');
  });

  it('keeps asking for the count after a word', async () => {
    await bulk.chat.say('purge all terminated residents at Hudson');
    await bulk.chat.say('1');
    const word = await bulk.chat.say('one');
    const count = await bulk.chat.say('1');
    await bulk.runWorker();

    expect(word).toBe('Type the number of residents, 1, to purge them, or cancel.');
    expect(count).not.toContain("I didn't catch that");
    expect(bulk.chat.writes()).toEqual(['POST /team/{teamId}/site/{siteId}/residents/bulk']);
  });

  it('names a cancelled site-wide purge once', async () => {
    await bulk.chat.say('purge all terminated residents at Sunset Terrace');
    await bulk.chat.say('1');
    expect(await bulk.chat.say('cancel')).toContain('Cancelled: Sunset Terrace\n');
  });

  it('refuses a wrong typed count and purges nothing', async () => {
    await bulk.chat.say('purge all terminated residents at Hudson');
    const ask = await bulk.chat.say('yes');
    const wrong = await bulk.chat.say('2');
    await bulk.runWorker();

    expect(ask).toContain('Type 1 to purge this resident for good, or "cancel".');
    expect(wrong).toBe(
      '2 is not the number of residents to purge. Nothing was purged. Type 1 to purge them, or "cancel".',
    );
    expect(bulk.chat.writes()).toEqual([]);
    const nora = (await bulk.residents(HUDSON_YARDS)).find(
      (each) => each.residentId === SANDBOX_RESIDENT_IDS.noraBlake,
    );
    expect(nora).toBeDefined();
  });

  it('purges once the right count is typed', async () => {
    await bulk.chat.say('purge all terminated residents at Hudson');
    await bulk.chat.say('1');
    await bulk.chat.say('3');
    const queued = await bulk.chat.say('1');
    await bulk.runWorker();

    expect(queued).toContain('Purging 1 resident · Hudson · Hudson Yards');
    const ids = (await bulk.residents(HUDSON_YARDS)).map((each) => each.residentId);
    expect(ids).not.toContain(SANDBOX_RESIDENT_IDS.noraBlake);
    expect(ids).toHaveLength(7);
    expect(postedText(bulk.posts)).toContain('Purged: 1 of 1 resident · Hudson · Hudson Yards');
  });

  it('takes the count only from the person who clicked Purge', async () => {
    await bulk.chat.say('purge all terminated residents at Hudson');
    await bulk.chat.say('1');
    const replies = await bulk.chat.runtime.frontdesk.handleMessage({
      actor: { id: 'intruder', displayName: '@lee' },
      conversation: console,
      text: '1',
    });
    await bulk.runWorker();

    expect(replies).toEqual([
      {
        kind: 'text',
        text: 'Only the person who clicked Purge can type the number. Nothing was purged.',
      },
    ]);
    expect(bulk.chat.writes()).toEqual([]);
  });

  it('says so when nobody is terminated there', async () => {
    const reply = await bulk.chat.say('purge all terminated residents at Riverside');
    expect(reply).toBe('No terminated residents at Riverside, Hudson Yards.');
  });

  it('lets only approvers click Purge and Send', () => {
    const { frontdesk } = bulk.chat.runtime;
    expect(frontdesk.isWriteAction('bulk_purge')).toBe(true);
    expect(frontdesk.isWriteAction('bulk_send')).toBe(true);
    expect(frontdesk.isWriteAction('bulk_cancel')).toBe(false);
    expect(frontdesk.isWriteAction('bulk_status')).toBe(false);
  });

  it('drops the purge on cancel', async () => {
    await bulk.chat.say('purge all terminated residents at Hudson');
    await bulk.chat.say('1');
    const reply = await bulk.chat.say('cancel');
    await bulk.runWorker();

    expect(reply).toContain('Cancelled by @you. Nothing was sent to ElevenOS.');
    expect(bulk.chat.writes()).toEqual([]);
  });
});
