import {
  addMonths,
  formatCalendarDate,
  nextDayOfMonthOnOrAfter,
  nextMonthDayOnOrAfter,
  nextWeekdayOnOrAfter,
  startOfWeek,
} from '../../src/dates/calendar.js';
import { leaseEndDate } from '../../src/dates/lease-length.js';

describe('calendar', () => {
  it('keeps the day when adding months or uses the last day', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2027-03-01', 12)).toBe('2028-03-01');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
  });

  it('finds the next February 29', () => {
    expect(nextMonthDayOnOrAfter('2026-12-04', 2, 29)).toBe('2028-02-29');
    expect(nextMonthDayOnOrAfter('2026-12-04', 12, 4)).toBe('2026-12-04');
    expect(nextMonthDayOnOrAfter('2026-12-04', 2, 30)).toBeNull();
  });

  it('skips months without the day number', () => {
    expect(nextDayOfMonthOnOrAfter('2027-02-10', 31)).toBe('2027-03-31');
    expect(nextDayOfMonthOnOrAfter('2027-02-10', 30)).toBe('2027-03-30');
    expect(nextDayOfMonthOnOrAfter('2027-02-10', 32)).toBeNull();
  });

  it('starts weeks on Monday', () => {
    expect(startOfWeek('2026-12-04')).toBe('2026-11-30');
    expect(startOfWeek('2026-12-06')).toBe('2026-11-30');
    expect(startOfWeek('2026-12-07')).toBe('2026-12-07');
    expect(nextWeekdayOnOrAfter('2026-12-04', 5)).toBe('2026-12-04');
    expect(nextWeekdayOnOrAfter('2026-12-04', 1)).toBe('2026-12-07');
  });

  it('formats dates with the weekday', () => {
    expect(formatCalendarDate('2027-03-01')).toBe('Mon, Mar 1, 2027');
  });

  it('ends leases a day before the same date N months on', () => {
    expect(leaseEndDate('2027-03-01', { count: 12, unit: 'month' })).toBe('2028-02-29');
    expect(leaseEndDate('2027-02-01', { count: 3, unit: 'month' })).toBe('2027-04-30');
    expect(leaseEndDate('2027-02-01', { count: 2, unit: 'week' })).toBe('2027-02-14');
  });
});
