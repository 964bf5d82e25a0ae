// Calendar dates as day numbers (days since 1970-01-01) in the proleptic Gregorian calendar.
// Integer arithmetic keeps the parser's date steps free of a luxon DateTime per call, which
// profiles showed as a large share of parse time.

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

const DAYS_PER_ERA = 146_097;
// Day number of 0000-03-01, the start of the era arithmetic below.
const ERA_START = 719_468;

/** Converts a year, month and day into a day number (Hinnant's days_from_civil). */
export function toDayNumber(year: number, month: number, day: number): number {
  // Years start in March so that February's leap day falls at the end of the year.
  const shiftedYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(shiftedYear / 400);
  const yearOfEra = shiftedYear - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_ERA + dayOfEra - ERA_START;
}

/** Converts a day number back into a year, month and day (Hinnant's civil_from_days). */
export function fromDayNumber(dayNumber: number): CivilDate {
  const shifted = dayNumber + ERA_START;
  const era = Math.floor(shifted / DAYS_PER_ERA);
  const dayOfEra = shifted - era * DAYS_PER_ERA;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Returns the ISO weekday of a day number: 1 is Monday, 7 is Sunday. 1970-01-01 was a Thursday. */
export function isoWeekdayOf(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Returns the number of days in a month, or NaN for a month outside 1 to 12. */
export function monthLength(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) {
    return 29;
  }
  return MONTH_LENGTHS[month - 1] ?? Number.NaN;
}
