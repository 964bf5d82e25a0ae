import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { cardOf, textOf, type CardJson } from './helpers/card-queries.js';
import { cardWarnings } from './helpers/card-warnings.js';
import { click, say } from './helpers/flows.js';
import { startTeamsFrontdesk, type TeamsFrontdesk } from './helpers/teams-harness.js';

describe('Adaptive Cards the Teams adapter renders', () => {
  let harness: TeamsFrontdesk;
  const cards = new Map<string, CardJson>();

  // One conversation walks through every kind of card, each checked by its own test below.
  beforeAll(async () => {
    harness = await startTeamsFrontdesk();

    const open = await say(harness, 'move in Jane Doe to Hudson 102 on March 1');
    cards.set('open proposal', open.card);
    cards.set('edit form', cardOf((await click(harness, open.card, 'Edit', open.messageId)).body));
    const rejected = await click(harness, cards.get('edit form')!, 'Save changes', open.messageId, {
      email: 'not-an-email',
    });
    cards.set('edit form with errors', cardOf(rejected.body));
    cards.set('decided', cardOf((await click(harness, open.card, 'Confirm', open.messageId)).body));

    const failing = await say(harness, 'move in Lena Park to Riverside 104 on March 3');
    harness.sandbox.faults.configure({
      failure: { status: 500, next: 10, routes: ['addResident'] },
    });
    cards.set(
      'failed',
      cardOf((await click(harness, failing.card, 'Confirm', failing.messageId)).body),
    );
    harness.sandbox.faults.clear();

    const purge = await say(harness, 'terminate and purge Tom Reyes');
    cards.set(
      'purge check',
      cardOf((await click(harness, purge.card, 'Purge…', purge.messageId)).body),
    );
    cards.set('question with choices', (await say(harness, 'move out Sam Lee on Dec 31')).card);
    cards.set('plain text reply', (await say(harness, 'help')).card);
    await harness.idle();
  }, 60_000);

  afterAll(async () => {
    await harness.close();
  });

  it.each([
    'open proposal',
    'edit form',
    'edit form with errors',
    'decided',
    'failed',
    'purge check',
    'question with choices',
    'plain text reply',
  ])('parses the %s card without warnings', (kind) => {
    const card = cards.get(kind);

    expect(card).toBeDefined();
    expect(card!.version).toBe('1.5');
    expect(cardWarnings(card)).toEqual([]);
  });

  it('reports a card the library cannot use', () => {
    const broken = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Carousel2000' }] };

    expect(cardWarnings(broken)).not.toEqual([]);
  });

  it('shows the failure in plain words on the failed card', () => {
    expect(textOf(cards.get('failed')!)).toMatch(/ElevenOS/);
    expect(cards.get('failed')!.actions?.map((action) => action.title)).toContain('Try again');
  });

  it('asks a second time before a purge', () => {
    expect(textOf(cards.get('purge check')!)).toContain('cannot be undone');
  });

  it('offers each resident as a choice', () => {
    const titles = cards.get('question with choices')!.actions?.map((action) => action.title);

    expect(titles).toEqual(expect.arrayContaining([expect.stringContaining('Hudson 101')]));
  });
});
