import { describe, expect, it } from '@jest/globals';

import { plainTextOf } from '../../adapters/slack/message-text.js';

describe('plainTextOf', () => {
  it.each([
    ['<mailto:jane@example.com|jane@example.com>', 'jane@example.com'],
    ['<tel:+15550100142|555-010-0142>', '555-010-0142'],
    ['<https://example.com|example.com>', 'example.com'],
    ['<https://example.com>', 'https://example.com'],
    ['<#C012AB3CD|front-desk>', 'front-desk'],
    ['<!here> move out', ' move out'],
    ['Tom &amp; Jerry &lt;3 &gt;', 'Tom & Jerry <3 >'],
    ['&amp;lt;', '&lt;'],
    ['plain words', 'plain words'],
  ])('reads %s', (markup, plain) => {
    expect(plainTextOf(markup)).toBe(plain);
  });
});
