// One test per date rule of the parser conventions. Today is Friday 2026-12-04 in New York.
import { parseDateAnswer } from '../../src/dates/parse-date-answer.js';
import { parseCommand } from '../../src/parse/parse-command.js';
import type { ParseContext } from '../../src/parse/types.js';

const context: ParseContext = {
  now: new Date('2026-12-04T15:00:00Z'),
  zone: 'America/New_York',
  mappings: [],
};

const dateOf = (text: string, overrides: Partial<ParseContext> = {}) =>
  parseDateAnswer(text, { ...context, ...overrides }).date;

const windowOf = (text: string) => parseCommand(text, context).window;

describe('date rules', () => {
  it('takes the site-local date of now as today', () => {
    // 03:30 UTC on December 5 is still December 4 in New York.
    expect(dateOf('today', { now: new Date('2026-12-05T03:30:00Z') })).toBe('2026-12-04');
    expect(dateOf('today', { now: new Date('2026-12-05T05:00:00Z') })).toBe('2026-12-05');
  });

  it('uses the next occurrence for a date without a year', () => {
    expect(dateOf('March 1')).toBe('2027-03-01');
    expect(dateOf('Dec 15')).toBe('2026-12-15');
    expect(dateOf('Dec 4')).toBe('2026-12-04');
    expect(dateOf('August 1')).toBe('2027-08-01');
  });

  it('ends a range without a year on or after its start', () => {
    const command = parseCommand('move in Jo Ames on Jan 4 until Jun 30', context);
    expect(command.startDate).toBe('2027-01-04');
    expect(command.endDate).toBe('2027-06-30');
  });

  it('reads a lone day number as the next such day', () => {
    expect(dateOf('the 20th')).toBe('2026-12-20');
    expect(dateOf('the 2nd')).toBe('2027-01-02');
    expect(dateOf('on the 31st', { now: new Date('2027-02-10T15:00:00Z') })).toBe('2027-03-31');
  });

  it('reads numeric dates month first', () => {
    expect(dateOf('1/15')).toBe('2027-01-15');
    expect(dateOf('3/1/2027')).toBe('2027-03-01');
    expect(dateOf('4/5')).toBe('2027-04-05');
    expect(dateOf('1/8')).toBe('2027-01-08');
    expect(dateOf('12/31')).toBe('2026-12-31');
    expect(dateOf('1/8/27')).toBe('2027-01-08');
  });

  it('reads numeric dates day first on day-first sites', () => {
    expect(dateOf('4/5', { dateOrder: 'day-first' })).toBe('2027-05-04');
    expect(dateOf('31/12', { dateOrder: 'day-first' })).toBe('2026-12-31');
    expect(parseDateAnswer('12/31', { ...context, dateOrder: 'day-first' }).problem).toBe(
      '12/31 is not a date',
    );
  });

  it('takes YYYY-MM-DD as written', () => {
    expect(dateOf('2027-03-01')).toBe('2027-03-01');
    expect(dateOf('2026-01-01')).toBe('2026-01-01');
  });

  it('reads a day before a month name', () => {
    expect(dateOf('5 April')).toBe('2027-04-05');
    expect(dateOf('the 5th of April')).toBe('2027-04-05');
  });

  it('returns null and a problem for impossible dates', () => {
    expect(parseDateAnswer('June 31', context)).toEqual({
      date: null,
      problem: 'June 31 is not a date',
    });
    expect(dateOf('Feb 29 2027')).toBeNull();
    expect(dateOf('Feb 29')).toBe('2028-02-29');
    expect(dateOf('2027-02-30')).toBeNull();
    const command = parseCommand('move in Jo Ames on June 31', context);
    expect(command.intent).toBe('move_in');
    expect(command.startDate).toBeNull();
    expect(command.problems).toContain('June 31 is not a date');
  });

  it('ignores the time of day', () => {
    expect(dateOf('March 1 at 9am')).toBe('2027-03-01');
    expect(dateOf('tomorrow at 5:30 pm')).toBe('2026-12-05');
  });

  it('reads relative words from today', () => {
    expect(dateOf('today')).toBe('2026-12-04');
    expect(dateOf('tomorrow')).toBe('2026-12-05');
    expect(dateOf('now')).toBe('2026-12-04');
    expect(dateOf('immediately')).toBe('2026-12-04');
    expect(dateOf('right away')).toBe('2026-12-04');
  });

  it('counts in days, weeks and months', () => {
    expect(dateOf('in 3 days')).toBe('2026-12-07');
    expect(dateOf('in 2 weeks')).toBe('2026-12-18');
    expect(dateOf('in 2 months')).toBe('2027-02-04');
    expect(dateOf('in a week')).toBe('2026-12-11');
  });

  it('reads end of the month as its last day', () => {
    expect(dateOf('end of the month')).toBe('2026-12-31');
    expect(dateOf('at the end of next month')).toBe('2027-01-31');
  });

  it('reads the first and last day of the month', () => {
    expect(dateOf('the last day of the month')).toBe('2026-12-31');
    expect(dateOf('the last day of January')).toBe('2027-01-31');
    expect(dateOf('the first of the month')).toBe('2027-01-01');
    expect(dateOf('the first day of March')).toBe('2027-03-01');
  });

  it('does not read a unit number as a time', () => {
    const command = parseCommand('transfer Jo Ames from Hudson 201 to 202 on Jan 5', context);
    expect(command.startDate).toBe('2027-01-05');
    expect(dateOf('at 930 on Jan 5')).toBe('2027-01-05');
  });

  it('finds no month inside a longer word', () => {
    const command = parseCommand('move in maría josé on jan 9', context);
    expect(command.startDate).toBe('2027-01-09');
    expect(command.problems).toEqual([]);
  });

  it('reads bare and this weekdays forward', () => {
    expect(dateOf('Friday')).toBe('2026-12-04');
    expect(dateOf('Monday')).toBe('2026-12-07');
    expect(dateOf('on Wednesday')).toBe('2026-12-09');
    expect(dateOf('this Monday')).toBe('2026-12-07');
  });

  it('reads next weekday as that day of next week', () => {
    expect(dateOf('next Friday')).toBe('2026-12-11');
    expect(dateOf('next Monday')).toBe('2026-12-07');
    expect(dateOf('next Saturday')).toBe('2026-12-12');
    expect(dateOf('next Sunday')).toBe('2026-12-13');
  });

  it('reads a week from a weekday as that day plus seven', () => {
    expect(dateOf('a week from Friday')).toBe('2026-12-11');
    expect(dateOf('a week from Monday')).toBe('2026-12-14');
  });

  it('ends a lease on start plus the months minus one day', () => {
    const twelve = parseCommand('move in Jo Ames on March 1 for 12 months', context);
    expect(twelve.endDate).toBe('2028-02-29');
    const three = parseCommand('move in Jo Ames on Feb 1 on a 3-month lease', context);
    expect(three.endDate).toBe('2027-04-30');
  });

  it('treats range words as inclusive', () => {
    for (const text of [
      'move in Jo Ames from Jan 3 to Jan 10',
      'move in Jo Ames Jan 3 through Jan 10',
      'move in Jo Ames Jan 3 - Jan 10',
      'move in Jo Ames 1/3-1/10',
    ]) {
      const command = parseCommand(text, context);
      expect([command.startDate, command.endDate]).toEqual(['2027-01-03', '2027-01-10']);
    }
  });

  it('leaves a missing date null', () => {
    const command = parseCommand('move in Jo Ames to Hudson 102', context);
    expect(command.startDate).toBeNull();
    expect(command.endDate).toBeNull();
  });

  it('reports a date that has passed', () => {
    const command = parseCommand('move in Jo Ames on 3/1/2025', context);
    expect(command.startDate).toBe('2025-03-01');
    expect(command.problems).toContain('Sat, Mar 1, 2025 has passed');
  });

  it('reports an end before the start', () => {
    const command = parseCommand('move in Jo Ames on 3/1/2027 until 2/1/2027', context);
    expect(command.problems).toContain('the move-out date is before the move-in date');
  });
});

describe('window rules', () => {
  it('spans one day for a single day', () => {
    expect(windowOf('move-ins today')).toEqual({ from: '2026-12-04', to: '2026-12-04' });
    expect(windowOf('move-outs on Dec 15')).toEqual({ from: '2026-12-15', to: '2026-12-15' });
  });

  it('spans Monday to Sunday for this week and next week', () => {
    expect(windowOf('move-ins this week')).toEqual({ from: '2026-11-30', to: '2026-12-06' });
    expect(windowOf('move-ins next week')).toEqual({ from: '2026-12-07', to: '2026-12-13' });
  });

  it('spans whole months', () => {
    expect(windowOf('move-ins this month')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(windowOf('move-ins next month')).toEqual({ from: '2027-01-01', to: '2027-01-31' });
    expect(windowOf('move-ins in March')).toEqual({ from: '2027-03-01', to: '2027-03-31' });
    expect(windowOf('move-ins in December')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });

  it('counts next N days and weeks from today', () => {
    expect(windowOf('move-ins in the next 7 days')).toEqual({
      from: '2026-12-04',
      to: '2026-12-10',
    });
    expect(windowOf('move-outs next 2 weeks')).toEqual({ from: '2026-12-04', to: '2026-12-17' });
  });

  it('keeps a range across the new year in order', () => {
    expect(windowOf('who is moving out from Dec 28 to Jan 5?')).toEqual({
      from: '2026-12-28',
      to: '2027-01-05',
    });
    expect(windowOf('move-ins from May to November')).toEqual({
      from: '2027-05-01',
      to: '2027-11-30',
    });
  });

  it('rejects a window that ends before it starts', () => {
    const command = parseCommand('move-ins from 1/5/2027 to 1/3/2027', context);
    expect(command.window).toBeNull();
    expect(command.problems).toContain('the end date is before the start date');
  });

  it('starts today when only the last day is named', () => {
    expect(windowOf('move-ins until Dec 31')).toEqual({ from: '2026-12-04', to: '2026-12-31' });
    expect(windowOf('move-outs through the end of the month')).toEqual({
      from: '2026-12-04',
      to: '2026-12-31',
    });
    expect(windowOf('move-outs before Jan 15')).toEqual({ from: '2026-12-04', to: '2027-01-14' });
  });

  it('falls back to a default window', () => {
    const window = windowOf('upcoming move outs');
    expect(window?.from).toBe('2026-12-04');
  });
});
