import { fixTypos } from '../../src/parse/fix-typos.js';
import { normalizeText } from '../../src/parse/normalize-text.js';

describe('normalizeText', () => {
  it.each([
    ['<@U123> move in Jane Doe', 'move in Jane Doe'],
    ['<@U123|maria> who is in 2C', 'who is in 2C'],
    ['add Jane <mailto:jane@example.com|jane@example.com>', 'add Jane jane@example.com'],
    ['call <tel:+15550100142|555-010-0142>', 'call 555-010-0142'],
    ['see <https://example.com/x|the list>', 'see the list'],
    ['post to <#C123|front-desk>', 'post to front-desk'],
    ['<at>Frontdesk</at> move out Tom', 'move out Tom'],
    ['<p>move in <b>Jane</b>&nbsp;Doe</p>', 'move in Jane Doe'],
    ['Tom &amp; Ann O&#39;Hara', "Tom & Ann O'Hara"],
    ['@Frontdesk move in Jane Doe', 'move in Jane Doe'],
    ['hey Frontdesk, help', 'hey help'],
    ['move in “Liam O’Neil”', 'move in "Liam O\'Neil"'],
    ['move in Jane 🎉🏠 Doe :tada:', 'move in Jane Doe'],
    ['  move   in\tJane\n Doe  ', 'move in Jane Doe'],
    ['*move in* _Jane Doe_', 'move in Jane Doe'],
  ])('cleans %s', (raw, expected) => {
    expect(normalizeText(raw)).toBe(expected);
  });
});

describe('fixTypos', () => {
  it.each([
    ['mvoe in Jane Doe', 'move in Jane Doe'],
    ['terminte Jane Doe', 'terminate Jane Doe'],
    ['trasnfer Sam Lee', 'transfer Sam Lee'],
    ['upcomming move-ins', 'upcoming move-ins'],
    ['move in on Wednsday', 'move in on Wednesday'],
  ])('corrects %s', (raw, expected) => {
    expect(fixTypos(raw)).toBe(expected);
  });

  it('leaves names and addresses alone', () => {
    expect(fixTypos('move in Dave Moev to Hudson 102')).toBe('move in Dave Moev to Hudson 102');
    expect(fixTypos('mail purgr@example.com')).toBe('mail purgr@example.com');
  });
});
