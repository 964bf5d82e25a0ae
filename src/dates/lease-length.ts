// Reads a lease length ("for 12 months", "a 3-month lease") and turns it into a last day.
import { addDays, addMonths, type CalendarDate } from './calendar.js';
import { COUNT_PATTERN, readCount } from './calendar-words.js';

export interface LeaseLength {
  index: number;
  text: string;
  count: number;
  unit: 'month' | 'week' | 'day';
}

const LENGTH_UNIT = '(months?|mos?|years?|yrs?|weeks?|wks?|days?)';
const LEASE_WORD = '(?:lease|term|contract|stay|tenancy|agreement)';
const LEASE_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:` +
    `(?:for\\s+)?(?:an?\\s+)?(${COUNT_PATTERN})[-\\s]+${LENGTH_UNIT}[-\\s]+${LEASE_WORD}` +
    `|${LEASE_WORD}(?:\\s+(?:of|for|is))?[\\s:]+(${COUNT_PATTERN})[-\\s]+${LENGTH_UNIT}` +
    `|for\\s+(${COUNT_PATTERN})\\s+${LENGTH_UNIT}` +
    `)(?![\\p{L}\\p{N}])`,
  'iu',
);

const MAX_MONTHS = 1200;

export function findLeaseLength(text: string): LeaseLength | null {
  const match = LEASE_PATTERN.exec(text);
  if (match === null) {
    return null;
  }
  const count = readCount(match[1] ?? match[3] ?? match[5] ?? '');
  const unitWord = (match[2] ?? match[4] ?? match[6] ?? '').toLowerCase();
  if (count === null || count < 1) {
    return null;
  }
  const isYears = unitWord.startsWith('y');
  const months = isYears ? count * 12 : count;
  if (months > MAX_MONTHS) {
    return null;
  }
  const unit = unitWord.startsWith('w') ? 'week' : unitWord.startsWith('d') ? 'day' : 'month';
  return { index: match.index, text: match[0], count: unit === 'month' ? months : count, unit };
}

/** Returns the last day of a lease: start + length − 1 day, with months kept or clamped. */
export function leaseEndDate(start: CalendarDate, length: Pick<LeaseLength, 'count' | 'unit'>) {
  if (length.unit === 'month') {
    return addDays(addMonths(start, length.count), -1);
  }
  const days = length.unit === 'week' ? 7 * length.count : length.count;
  return addDays(start, days - 1);
}
