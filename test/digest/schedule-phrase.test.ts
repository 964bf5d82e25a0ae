import { describe, expect, it } from '@jest/globals';

import { parseSchedule } from '../../src/digest/schedule-phrase.js';
import { describeSchedule, toCronPattern } from '../../src/digest/schedule.js';

function parsed(text: string) {
  const result = parseSchedule(text);
  if ('error' in result) throw new Error(result.error);
  return result.schedule;
}

describe('parseSchedule', () => {
  it.each([
    ['daily 8am', [0, 1, 2, 3, 4, 5, 6], 8, 0, 'Daily at 8:00 AM'],
    ['weekdays 7:30', [1, 2, 3, 4, 5], 7, 30, 'Weekdays at 7:30 AM'],
    ['mondays 9:00', [1], 9, 0, 'Mondays at 9:00 AM'],
    ['every monday at 9', [1], 9, 0, 'Mondays at 9:00 AM'],
    ['tuesdays and thursdays 7am', [2, 4], 7, 0, 'Tuesdays and Thursdays at 7:00 AM'],
    ['mon, wed and fri at 18:15', [1, 3, 5], 18, 15, 'Mon, Wed and Fri at 6:15 PM'],
    ['mon-fri 6:05 am', [1, 2, 3, 4, 5], 6, 5, 'Weekdays at 6:05 AM'],
    ['fri to mon 8pm', [0, 1, 5, 6], 20, 0, 'Sun, Mon, Fri and Sat at 8:00 PM'],
    ['weekends noon', [0, 6], 12, 0, 'Weekends at 12:00 PM'],
    ['8:30 pm', [0, 1, 2, 3, 4, 5, 6], 20, 30, 'Daily at 8:30 PM'],
    ['every day at midnight', [0, 1, 2, 3, 4, 5, 6], 0, 0, 'Daily at 12:00 AM'],
    ['Daily 12am', [0, 1, 2, 3, 4, 5, 6], 0, 0, 'Daily at 12:00 AM'],
  ])('reads "%s"', (text, weekdays, hour, minute, description) => {
    const schedule = parsed(text);

    expect(schedule).toEqual({ weekdays, hour, minute });
    expect(describeSchedule(schedule)).toBe(description);
  });

  it.each([
    ['daily 25:00', '25:00 is not a time of day'],
    ['daily 13pm', '13pm is not a time of day'],
    ['daily 8:75', '8:75 is not a time of day'],
    ['daily', 'give a time of day'],
    ['daily 8', 'write the time as 8am, 8pm or 8:00'],
    ['fortnightly 8am', '"fortnightly" is not a day or time'],
    ['daily 8am and 5pm', 'give one time'],
  ])('rejects "%s"', (text, reason) => {
    const result = parseSchedule(text);

    expect(result).toHaveProperty('error');
    expect('error' in result ? result.error : '').toContain(reason);
  });
});

describe('toCronPattern', () => {
  it('uses a star for every day', () => {
    expect(toCronPattern(parsed('daily 8am'))).toBe('0 8 * * *');
  });

  it('lists the days of the week', () => {
    expect(toCronPattern(parsed('weekdays 7:30'))).toBe('30 7 * * 1,2,3,4,5');
  });
});
