import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { startConsole, type ConsoleHarness } from '../helpers/console-harness.js';

// The harness clock is Fri, Dec 4, 2026. Seeded residents: Grace Okafor in Hudson 202 since
// Sep 5; Sam Lee in Hudson 101 (no end) and scheduled in Riverside 2A from Dec 18; Ruben
// Castillo in Riverside 101 until Jan 18. Hudson 100, 102, 200 and Riverside 104 are free.

const RESIDENT_POST = 'POST /team/{teamId}/site/{siteId}/resident';

let chat: ConsoleHarness;

beforeEach(async () => {
  chat = await startConsole();
});

afterEach(async () => {
  await chat.close();
});

describe('reschedule of a current resident', () => {
  it('rejects moving a move-in that has passed', async () => {
    const reply = await chat.say("push Grace Okafor's move-in to March 15");

    expect(reply).toBe(
      'Grace Okafor moved in on Sat, Sep 5 and Wi-Fi is on, so the move-in date cannot change. To change when it ends, say "move out Grace Okafor on <date>".',
    );
    expect(chat.latestCard()).toBeNull();
    expect(chat.writes()).toEqual([]);
  });

  it('still moves a scheduled move-in', async () => {
    const card = await chat.say("push Priya Nair's move-in to Dec 20");

    expect(card).toContain('Reschedule Priya Nair');
    expect(card).toContain('Sun, Dec 20, 6:00 AM EST');
  });
});

describe('transfer to the same unit', () => {
  it('says the resident is already there', async () => {
    const reply = await chat.say('move Grace Okafor from Hudson 202 to Hudson 202 on Jan 15');

    expect(reply).toBe('Grace Okafor is already in Hudson 202.');
    expect(chat.latestCard()).toBeNull();
  });
});

describe('one-word names', () => {
  it('asks for the last name and keeps the draft', async () => {
    const question = await chat.say('move in Cher to Hudson 200 on March 1');
    expect(question).toContain("What is Cher's last name?");

    const card = await chat.say('Sarkisian');
    expect(card).toContain('Move in Cher Sarkisian → Hudson 200');
    expect(card).toContain('Mon, Mar 1, 2027, 6:00 AM EST');

    expect(await chat.say('yes')).toContain('Cher Sarkisian');
    expect(chat.writes()).toEqual([RESIDENT_POST]);
  });

  it('takes a full name as the answer', async () => {
    await chat.say('move in Cher to Hudson 200 on March 1');

    expect(await chat.say('Cher Sarkisian')).toContain('Move in Cher Sarkisian → Hudson 200');
  });

  it('splits a CJK surname off the front', async () => {
    const question = await chat.say('move in 王小明 to Hudson 200 on March 1');
    expect(question).toContain("What is 王小明's last name?");

    const card = await chat.say('王');
    expect(card).toContain('Move in 小明 王 → Hudson 200');
    expect(await chat.say('yes')).not.toContain('LastName');
    expect(chat.writes()).toEqual([RESIDENT_POST]);
  });
});

describe('cancel with nothing waiting', () => {
  it.each(['cancel', 'never mind', 'forget it'])('answers %s plainly', async (line) => {
    expect(await chat.say(line)).toContain('Nothing to cancel');
    expect(chat.latestCard()).toBeNull();
  });

  it('still drops a waiting question', async () => {
    await chat.say('move in Jane Doe to Hudson 102');

    expect(await chat.say('never mind')).toContain('Nothing was sent to ElevenOS');
  });
});

describe('move-in to an occupied unit', () => {
  it('names the holder with no end and takes another unit', async () => {
    const question = await chat.say('move in Jane Doe to Hudson 101 on March 1');
    expect(question).toContain('Sam Lee holds Hudson 101 with no move-out date.');
    expect(question).not.toContain('Confirm');

    const card = await chat.say('Hudson 102');
    expect(card).toContain('Move in Jane Doe → Hudson 102');
    expect(card).toContain('Mon, Mar 1, 2027');
    expect(chat.writes()).toEqual([]);
  });

  it('offers the day after the holder leaves', async () => {
    const question = await chat.say('move in Jane Doe to Riverside 101 on Dec 20');
    expect(question).toContain('Ruben Castillo holds Riverside 101 until Mon, Jan 18, 2027.');
    expect(question).toContain('Start Tue, Jan 19, 2027');

    const card = await chat.say('1');
    expect(card).toContain('Wi-Fi starts   Tue, Jan 19, 2027');
    expect(await chat.say('yes')).not.toContain('rejected');
    expect(chat.writes()).toEqual([RESIDENT_POST]);
  });

  it('offers to end before a scheduled holder', async () => {
    const question = await chat.say('move in Jane Doe to Riverside 2A on Dec 10');
    expect(question).toContain('Sam Lee has Riverside 2A from Fri, Dec 18.');
    expect(question).toContain('End Wi-Fi Thu, Dec 17');

    const card = await chat.say('1');
    expect(card).toContain('Move in Jane Doe → Riverside 2A');
    expect(card).toContain('Thu, Dec 17, 11:59:59 PM EST');
    expect(await chat.say('yes')).not.toContain('rejected');
    expect(chat.writes()).toEqual([RESIDENT_POST]);
  });

  it('names an email another resident has', async () => {
    const question = await chat.say(
      'move in Jane Doe grace.okafor@example.com to Hudson 200 on March 1',
    );
    expect(question).toContain(
      'ElevenOS would reject this move-in: grace.okafor@example.com already belongs to a resident',
    );

    const card = await chat.say('jane@example.com');
    expect(card).toContain('Move in Jane Doe → Hudson 200');
    expect(card).toContain('jane@example.com');
  });
});

describe('move-out date without a year', () => {
  it('asks about a day that just passed', async () => {
    const question = await chat.say('move out Grace Okafor on Dec 1');

    expect(question).toContain('Tue, Dec 1 has passed. End Wi-Fi now, or on Wed, Dec 1, 2027?');
    expect(question).toContain('End Wi-Fi now');
    expect(chat.latestCard()?.actions.map((action) => action.label)).toEqual([
      'End Wi-Fi now',
      'Wed, Dec 1, 2027',
    ]);
  });

  it('ends now when picked', async () => {
    await chat.say('move out Grace Okafor on Dec 1');

    expect(await chat.say('1')).toContain('Wi-Fi ends   now, when you confirm');
  });

  it('keeps next year when picked', async () => {
    await chat.say('move out Grace Okafor on Dec 1');

    expect(await chat.say('2')).toContain('Wi-Fi ends   Wed, Dec 1, 2027, 11:59:59 PM EST');
  });

  it('asks nothing when the year is written', async () => {
    const card = await chat.say('move out Grace Okafor on Dec 1 2027');

    expect(card).toContain('Move out Grace Okafor');
    expect(card).toContain('Wed, Dec 1, 2027');
  });

  it('asks the same of a move-in date', async () => {
    expect(await chat.say('move in Jane Doe to Hudson 102 on Dec 1')).toContain(
      'Tue, Dec 1 has passed. Start Wi-Fi today, or on Wed, Dec 1, 2027?',
    );
  });
});

describe('move-in of a current resident', () => {
  it('offers a transfer', async () => {
    const question = await chat.say('move Grace Okafor to Riverside 104');
    expect(question).toContain(
      'Grace Okafor lives in Hudson 202. Transfer Grace Okafor to Riverside 104, or add a new resident?',
    );

    expect(await chat.say('1')).toContain('On which date does Grace Okafor start');
    const card = await chat.say('Jan 15');
    expect(card).toContain('Transfer Grace Okafor: Hudson 202 → Riverside 104');
  });

  it('adds a new resident when told', async () => {
    await chat.say('move Grace Okafor to Riverside 104 on Jan 15');

    const card = await chat.say('2');
    expect(card).toContain('Move in Grace Okafor → Riverside 104');
  });

  it('lists every resident with the name', async () => {
    const question = await chat.say('move in Sam Lee to Hudson 102 on March 1');

    expect(question).toContain(
      'Sam Lee lives in Hudson 101 and moves in to Riverside 2A on Fri, Dec 18.',
    );
    expect(chat.latestCard()?.actions.map((action) => action.label)).toEqual([
      'Transfer from Hudson 101 to Hudson 102',
      'Transfer from Riverside 2A to Hudson 102',
      'Add a new resident',
    ]);
  });
});

describe('wrong answer to which resident', () => {
  it.each(['2B', '3', 'Hudson 202', 'Jane Doe', 'Riverside 2B'])(
    'asks again after %s',
    async (answer) => {
      await chat.say('move out Sam Lee on Dec 31');

      const reply = await chat.say(answer);
      expect(reply).toContain("I couldn't use that as an answer.");
      expect(reply).toContain('2 residents are called Sam Lee');
      expect(reply).toContain('Hudson 101');
      expect(reply).toContain('Riverside 2A');

      expect(await chat.say('2')).toContain('Move out Sam Lee · Riverside 2A');
    },
  );

  it('takes an ordinal answer', async () => {
    await chat.say('move out Sam Lee on Dec 31');

    expect(await chat.say('the second one')).toContain('Move out Sam Lee · Riverside 2A');
  });
});

describe('edit by unit', () => {
  it('moves a card to a typed unit', async () => {
    await chat.say('move in Jane Doe to Hudson 102 on March 1');
    await chat.say('edit');

    expect(await chat.say('Hudson 103')).toContain('Move in Jane Doe → Hudson 103');
  });

  it('checks a transfer target holder', async () => {
    const question = await chat.say('move Grace Okafor from Hudson 202 to Hudson 101 on Jan 15');

    expect(question).toContain('Sam Lee holds Hudson 101 with no move-out date.');
    expect(chat.writes()).toEqual([]);
  });
});
