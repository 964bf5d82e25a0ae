import { localDateReader, nearWindow } from '../../src/dates/local-date-reader.js';

describe('localDateReader', () => {
  it('reads the date in the site zone', () => {
    const instant = Date.parse('2026-12-04T23:30:00Z');
    expect(localDateReader('America/New_York')(instant)).toBe('2026-12-04');
    expect(localDateReader('Pacific/Kiritimati')(instant)).toBe('2026-12-05');
    expect(localDateReader('Pacific/Pago_Pago')(instant)).toBe('2026-12-04');
  });
});

describe('nearWindow', () => {
  const near = nearWindow('2026-12-04', '2026-12-10');

  it('passes window dates at UTC+14 and UTC-11', () => {
    // 10:00 UTC on the 3rd is already the 4th at UTC+14. 10:00 UTC on the 11th is still the 10th
    // at UTC-11.
    expect(near(Date.parse('2026-12-03T10:00:00Z'))).toBe(true);
    expect(near(Date.parse('2026-12-11T10:00:00Z'))).toBe(true);
  });

  it('drops instants far outside the window', () => {
    expect(near(Date.parse('2026-12-01T00:00:00Z'))).toBe(false);
    expect(near(Date.parse('2026-12-13T00:00:00Z'))).toBe(false);
  });

  it('passes NaN and every instant for an unreadable window', () => {
    expect(near(Number.NaN)).toBe(true);
    expect(nearWindow('soon', '2026-12-10')(0)).toBe(true);
  });
});
