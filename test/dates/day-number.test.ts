import { DateTime } from 'luxon';

import {
  fromDayNumber,
  isoWeekdayOf,
  monthLength,
  toDayNumber,
} from '../../src/dates/day-number.js';

const DAY_MS = 86_400_000;

describe('day numbers', () => {
  it('count days from 1970-01-01', () => {
    expect(toDayNumber(1970, 1, 1)).toBe(0);
    expect(toDayNumber(2000, 3, 1)).toBe(Date.UTC(2000, 2, 1) / DAY_MS);
    expect(toDayNumber(1, 1, 1)).toBe(-719_162);
  });

  it('round-trip and match luxon from year 1 to 9999', () => {
    // A step of 997 days visits every month and weekday over the range.
    for (
      let dayNumber = toDayNumber(1, 1, 1);
      dayNumber <= toDayNumber(9999, 12, 31);
      dayNumber += 997
    ) {
      const expected = DateTime.fromMillis(dayNumber * DAY_MS, { zone: 'utc' });
      const civil = fromDayNumber(dayNumber);
      expect({ dayNumber, ...civil, weekday: isoWeekdayOf(dayNumber) }).toEqual({
        dayNumber,
        year: expected.year,
        month: expected.month,
        day: expected.day,
        weekday: expected.weekday,
      });
      expect(toDayNumber(civil.year, civil.month, civil.day)).toBe(dayNumber);
    }
  });

  it('gives February 29 days in leap years only', () => {
    expect(monthLength(2028, 2)).toBe(29);
    expect(monthLength(2100, 2)).toBe(28);
    expect(monthLength(2000, 2)).toBe(29);
    expect(monthLength(2027, 2)).toBe(28);
    expect(monthLength(2027, 13)).toBeNaN();
  });
});
