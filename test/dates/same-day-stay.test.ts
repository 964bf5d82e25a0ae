// Ranges include their last day, so a move-out on the move-in day is a one-day stay.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { startConsole, type ConsoleHarness } from '../helpers/console-harness.js';

describe('console same-day stay', () => {
  let chat: ConsoleHarness;

  beforeEach(async () => {
    chat = await startConsole();
  });

  afterEach(async () => {
    await chat.close();
  });

  it('shows a card for a one-day range', async () => {
    const card = await chat.say('move in Jane Doe to Hudson 102 from March 1 to March 1');

    expect(card).toContain('Move in Jane Doe → Hudson 102');
    expect(card).not.toContain('When does the lease end?');
  });

  it('asks again when the written end is before the start', async () => {
    const reply = await chat.say(
      'move in Jane Doe to Hudson 102 from March 5 2027 to March 1 2027',
    );

    expect(reply).toContain('is before the move-in');
    expect(reply).toContain('When does the lease end?');
  });

  it('shows a far written year on the card', async () => {
    const card = await chat.say('move in Jane Doe to Hudson 102 on March 1 3000');

    expect(card).not.toContain('2027');
    expect(card).toContain('3000');
  });
});
