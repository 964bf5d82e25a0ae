import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { startConsole, type ConsoleHarness } from '../helpers/console-harness.js';

const RESIDENT_POST = 'POST /team/{teamId}/site/{siteId}/resident';

describe('console questions', () => {
  let chat: ConsoleHarness;

  beforeEach(async () => {
    chat = await startConsole();
  });

  afterEach(async () => {
    await chat.close();
  });

  it('asks which site has the unit, then which building', async () => {
    const site = await chat.say('Move in Keisha Brown to 102 on March 1');
    expect(site).toContain('That unit is at Hudson Yards and Sunset Terrace. Which site?');

    const building = await chat.say('Hudson Yards');
    expect(building).toContain('Which 102?');
    expect(building).toContain('[1] Hudson 102  [2] Riverside 102');

    const card = await chat.say('the Riverside one');
    expect(card).toContain('Move in Keisha Brown → Riverside 102 (floor 1)');
  });

  it('takes a clicked answer by its number', async () => {
    await chat.say('use Hudson Yards');
    expect(await chat.say('Move in Keisha Brown to 102 on March 1')).toContain('Which 102?');
    const card = await chat.say('1');
    expect(card).toContain('Move in Keisha Brown → Hudson 102 (floor 1)');
  });

  it('works on the site named in the sentence', async () => {
    // Unit 201 is free at Sunset Terrace, and Hudson Yards has a Hudson 201 too.
    const card = await chat.say('move in Jane Doe to unit 201 at Sunset Terrace on March 1');
    expect(card).toContain('Move in Jane Doe → Unit 201 · Sunset Terrace');
    expect(card).toContain('Mon, Mar 1, 2027, 6:00 AM PST (14:00 UTC)');
  });

  it('suggests the closest units for an unknown one', async () => {
    const question = await chat.say('move in Jane Doe to Hudson 109 on March 1');
    expect(question).toContain('There is no unit');
    expect(question).toMatch(/Closest: Hudson 10\d/);
    const card = await chat.say('1');
    expect(card).toMatch(/Move in Jane Doe → Hudson 10\d/);
  });

  it('asks for a missing date', async () => {
    const question = await chat.say('move in Jane Doe to Hudson 102');
    expect(question).toContain('When does Jane Doe move in?');
    const card = await chat.say('March 3');
    expect(card).toContain('Wed, Mar 3, 2027, 6:00 AM EST (11:00 UTC)');
  });

  it('asks for a missing name', async () => {
    const question = await chat.say('move in to Hudson 102 on March 1');
    expect(question).toContain('Who is moving in?');
    const card = await chat.say('Jane Doe jane@example.com');
    expect(card).toContain('Move in Jane Doe → Hudson 102');
    expect(card).toContain('jane@example.com');
  });

  it('keeps contacts written without a name', async () => {
    const question = await chat.say(
      'move in jane@example.com 555-010-0142 to Hudson 102 on March 1',
    );
    expect(question).toContain('Who is moving in?');
    const card = await chat.say('Jane Doe');
    expect(card).toContain('Move in Jane Doe → Hudson 102');
    expect(card).toContain('jane@example.com · 555-010-0142');
  });

  it('prefers contacts given with the name', async () => {
    await chat.say('move in jane@example.com to Hudson 102 on March 1');
    const card = await chat.say('Jane Doe jdoe@example.org');
    expect(card).toContain('jdoe@example.org');
    expect(card).not.toContain('jane@example.com');
  });

  it('asks which of two residents with one name', async () => {
    const question = await chat.say('move out Sam Lee on Dec 31');
    expect(question).toContain('2 residents are called Sam Lee');
    expect(question).toContain('Hudson 101');
    expect(question).toContain('Riverside 2A');
    const card = await chat.say('Hudson 101');
    expect(card).toContain('Move out Sam Lee · Hudson 101');
    expect(card).toContain('Thu, Dec 31, 11:59:59 PM EST');
  });

  it('offers today for a move-in date that has passed', async () => {
    const question = await chat.say('move in Jane Doe to Hudson 102 on 2026-11-01');
    expect(question).toContain('Sun, Nov 1 has passed. Start Wi-Fi today instead?');
    const card = await chat.say('yes');
    expect(card).toContain('Wi-Fi starts   Fri, Dec 4, 6:00 AM EST (11:00 UTC)');
  });

  it('offers to end Wi-Fi now for a past move-out', async () => {
    const question = await chat.say('move out Tom Reyes on 2026-12-01');
    expect(question).toContain("ElevenOS can't set a move-out in the past");
    const card = await chat.say('yes');
    expect(card).toContain('Wi-Fi ends   now, when you confirm');
  });

  it('drops a question on cancel', async () => {
    await chat.say('move in Jane Doe to Hudson 102');
    expect(await chat.say('cancel')).toContain('Nothing was sent to ElevenOS');
    expect(await chat.say('March 3')).toContain("I didn't catch that.");
  });

  it('asks again when an answer does not fit', async () => {
    await chat.say('move in Jane Doe to Hudson 102');
    const reply = await chat.say('whenever');
    expect(reply).toContain("I couldn't use that as an answer.");
    expect(reply).toContain('When does Jane Doe move in?');
  });
});

describe('console undo', () => {
  let chat: ConsoleHarness;

  beforeEach(async () => {
    chat = await startConsole();
  });

  afterEach(async () => {
    await chat.close();
  });

  it('reverses a move-in by purging the scheduled resident', async () => {
    await chat.say('move in Jane Doe to Hudson 102 on March 1');
    expect(await chat.say('yes')).toContain('[undo] Undo');
    const undone = await chat.say('undo');
    expect(undone).toContain('Undone: the scheduled move-in was removed from ElevenOS.');
    expect(undone).toMatch(/Confirmed by @you at [\d:]+ [AP]M, then undone/);
    expect(await chat.say('who is in Hudson 102?')).toContain('Nobody holds Hudson 102');
    expect(chat.writes()).toEqual([
      RESIDENT_POST,
      'POST /team/{teamId}/site/{siteId}/resident/{residentId}/terminate-and-purge',
    ]);
  });

  it('never undoes on a second 1', async () => {
    await chat.say('move in Jane Doe to Hudson 102 on March 1');
    expect(await chat.say('1')).toContain('Scheduled: Jane Doe → Hudson 102');
    const again = await chat.say('1');

    expect(again).toBe(
      'That was already confirmed, so nothing more was sent. Type "undo" to undo it.',
    );
    expect(chat.writes()).toEqual([RESIDENT_POST]);
    expect(await chat.say('who is in Hudson 102?')).toContain('Jane Doe');
  });

  it('says a second yes is already done', async () => {
    await chat.say('move in Jane Doe to Hudson 102 on March 1');
    await chat.say('yes');
    expect(await chat.say('yes')).toBe(
      'That was already confirmed, so nothing more was sent. Type "undo" to undo it.',
    );
    expect(await chat.say('confirm')).toContain('already confirmed');
    expect(chat.writes()).toEqual([RESIDENT_POST]);
  });

  it('keeps a second yes from the next card', async () => {
    await chat.say('terminate and purge Tom Reyes');
    await chat.say('yes');
    await chat.say('yes');
    expect(await chat.say('yes')).toBe('That was already confirmed, so nothing more was sent.');
    expect(chat.writes()).toHaveLength(1);
  });

  it('restores the dates of a reschedule', async () => {
    const before = await chat.say('find Priya Nair');
    const originalStart = /Wi-Fi starts ([^·]+)/.exec(before)?.[1]?.trim();
    expect(originalStart).toBeDefined();

    await chat.say("push Priya Nair's move-in to Dec 20");
    expect(await chat.say('yes')).toContain('Rescheduled: Priya Nair');
    expect(await chat.say('find Priya Nair')).toContain('Sun, Dec 20, 6:00 AM EST');

    expect(await chat.say('undo')).toContain('Undone: dates restored');
    expect(await chat.say('find Priya Nair')).toContain(originalStart!);
  });

  it('refuses undo after the window closes', async () => {
    await chat.say('move in Jane Doe to Hudson 102 on March 1');
    await chat.say('yes');
    chat.clock.now = new Date(chat.clock.now.getTime() + 11 * 60_000);
    expect(await chat.say('undo')).toContain('Undo is no longer available');
    expect(chat.writes()).toEqual([RESIDENT_POST]);
  });
});

describe('console building typos', () => {
  let chat: ConsoleHarness;

  beforeEach(async () => {
    chat = await startConsole();
  });

  afterEach(async () => {
    await chat.close();
  });

  it('asks before using a corrected building name', async () => {
    const question = await chat.say('move in Jane Doe to Hudsen 102 on March 1');
    expect(question).toContain('There is no building called Hudsen. Did you mean Hudson 102?');
    expect(question).toContain('[1] Yes, Hudson 102');
    expect(await chat.say('yes')).toContain('Move in Jane Doe → Hudson 102 (floor 1)');
  });

  it('takes a different unit instead of the guess', async () => {
    await chat.say('move in Jane Doe to Hudsen 102 on March 1');
    expect(await chat.say('Riverside 103')).toContain('Move in Jane Doe → Riverside 103');
  });
});

describe('console purge and transfer', () => {
  let chat: ConsoleHarness;

  beforeEach(async () => {
    chat = await startConsole();
  });

  afterEach(async () => {
    await chat.close();
  });

  it('asks a second time before purging', async () => {
    const card = await chat.say('terminate and purge Tom Reyes');
    expect(card).toContain('Terminate and purge Tom Reyes (Riverside 2B)');
    expect(card).toContain('[1] Purge…  [2] Cancel');

    const check = await chat.say('yes');
    expect(check).toContain('cannot be undone. Purge now?');
    expect(chat.writes()).toEqual([]);

    expect(await chat.say('yes')).toContain('Purged: Tom Reyes (Riverside 2B)');
    expect(chat.writes()).toEqual([
      'POST /team/{teamId}/site/{siteId}/resident/{residentId}/terminate-and-purge',
    ]);
  });

  it('keeps the resident when the second question is declined', async () => {
    await chat.say('terminate and purge Tom Reyes');
    await chat.say('yes');
    expect(await chat.say('no')).toContain('Cancelled');
    expect(chat.writes()).toEqual([]);
  });

  it('takes keep on the second question', async () => {
    await chat.say('terminate and purge Tom Reyes');
    await chat.say('1');
    expect(await chat.say('keep')).toContain('Cancelled');
    expect(chat.writes()).toEqual([]);
  });

  it('shows the second question with words', async () => {
    await chat.say('terminate and purge Tom Reyes');
    const check = await chat.say('1');
    expect(check).toContain('[yes] Yes, purge  [no] Keep the resident');

    const second = await chat.say('1');
    expect(second).toBe(
      'This card takes words, not numbers. Type "yes" (Yes, purge) or "no" (Keep the resident).',
    );
    expect(chat.writes()).toEqual([]);
  });

  it('ignores a yes typed after another reply', async () => {
    await chat.say('terminate and purge Tom Reyes');
    await chat.say('1');
    await chat.say('help');
    const late = await chat.say('yes');

    expect(late).toContain('no longer the latest message');
    expect(await chat.say('no')).toContain('no longer the latest message');
    expect(chat.writes()).toEqual([]);
    expect(await chat.say('who is in Riverside 2B?')).toContain('Tom Reyes');
  });

  it('states both units and dates of a transfer, then makes it', async () => {
    const card = await chat.say('transfer Sam Lee from Hudson 101 to Hudson 303 on Jan 15');
    expect(card).toContain('Transfer Sam Lee: Hudson 101 → Hudson 303 · Hudson Yards');
    expect(card).toContain('Wi-Fi ends Thu, Jan 14, 2027, 11:59:59 PM EST');
    expect(card).toContain('Wi-Fi starts Fri, Jan 15, 2027, 6:00 AM EST (11:00 UTC)');

    expect(await chat.say('yes')).toContain('Transferred: Sam Lee');
    const found = await chat.say('find Sam Lee');
    expect(found).toMatch(/Hudson 101: Sam Lee · current, pending .* ends Thu, Jan 14, 2027/);
    expect(found).toMatch(/Hudson 303: Sam Lee · scheduled · Wi-Fi starts Fri, Jan 15, 2027/);
  });
});

describe('console clicks that match nothing', () => {
  let chat: ConsoleHarness;

  beforeEach(async () => {
    chat = await startConsole();
  });

  afterEach(async () => {
    await chat.close();
  });

  it('says no card is waiting for a yes', async () => {
    expect(await chat.say('yes')).toBe(
      'No card is waiting for that. Type a command, or "help" for the list.',
    );
  });

  it('keeps a bare number as an answer to an open question', async () => {
    await chat.say('move in Jane Doe on March 1');
    expect(await chat.say('303')).toContain('Move in Jane Doe → Hudson 303');
  });

  it('tells why a date is asked again', async () => {
    expect(await chat.say('move in Al Bo to Hudson 100 on June 31')).toContain(
      'June 31 is not a date. When does Al Bo move in?',
    );
  });

  it('says a list date could not be read', async () => {
    const list = await chat.say('who is moving in on Feb 30?');

    expect(list).toContain('Feb 30 is not a date. The list below covers the usual window instead.');
    expect(list).toContain('Move-ins · Hudson Yards');
  });

  it('lists the sites for a use with none', async () => {
    expect(await chat.say('use')).toContain(
      'Use which site? Sites: Hudson Yards, Sunset Terrace, Campus Commons.',
    );
  });
});
