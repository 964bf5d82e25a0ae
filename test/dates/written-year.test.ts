// A year written after a month and day is kept as written, however far ahead.
import { parseCommand } from '../../src/parse/parse-command.js';
import { corpusContext, corpusMappings } from '../parse/corpus-helpers.js';

describe('parseCommand written year', () => {
  const context = corpusContext(corpusMappings());
  const moveIn = (when: string) => parseCommand(`move in Jane Doe to Hudson 102 ${when}`, context);

  it.each([
    ['on March 1 3000', '3000-03-01'],
    ['on March 1, 3000', '3000-03-01'],
    ['on March 1st 3000', '3000-03-01'],
    ['on 1 March 3000', '3000-03-01'],
    ['on the 1st of March 3000', '3000-03-01'],
    ['on March 1 9999', '9999-03-01'],
    ['on 3/1/3000', '3000-03-01'],
    ['on March 1 2028', '2028-03-01'],
    ['on March 1', '2027-03-01'],
  ])('%s starts %s', (when, date) => {
    expect(moveIn(when).startDate).toBe(date);
  });

  it('keeps the year on both range ends', () => {
    const parsed = moveIn('from March 1 3000 to March 5 3000');

    expect(parsed.startDate).toBe('3000-03-01');
    expect(parsed.endDate).toBe('3000-03-05');
  });

  it('reads no year from a five-digit number', () => {
    expect(moveIn('on March 1 10000').startDate).toBe('2027-03-01');
  });

  it('leaves a number below 1900 to the unit', () => {
    const parsed = parseCommand('move in Jane Doe on March 1 1204', context);

    expect(parsed.startDate).toBe('2027-03-01');
  });

  it('moves an end before the start to the next year', () => {
    const parsed = moveIn('from March 5 to March 1');

    expect(parsed.startDate).toBe('2027-03-05');
    expect(parsed.endDate).toBe('2028-03-01');
    expect(parsed.problems).toEqual([]);
  });

  it('reads a same-day range as one day', () => {
    const parsed = moveIn('from March 1 to March 1');

    expect(parsed.startDate).toBe('2027-03-01');
    expect(parsed.endDate).toBe('2027-03-01');
    expect(parsed.problems).toEqual([]);
  });
});
