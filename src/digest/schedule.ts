/** When a digest posts: days of the week and a wall-clock time in the subscription's zone. */
export interface DigestSchedule {
  /** Sorted, distinct days of the week in cron numbering: 0 is Sunday, 6 is Saturday. */
  weekdays: number[];
  hour: number;
  minute: number;
}

const DAY_NAMES = [
  'Sundays',
  'Mondays',
  'Tuesdays',
  'Wednesdays',
  'Thursdays',
  'Fridays',
  'Saturdays',
];
const SHORT_DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];
const WEEKDAYS = [1, 2, 3, 4, 5];
const WEEKENDS = [0, 6];

function sameDays(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((day, index) => day === b[index]);
}

/**
 * Builds the croner pattern for a schedule. A single minute and hour make it a fixed-time job in
 * croner 11, so a time repeated at fall-back runs once and a time skipped at spring-forward runs
 * at the end of the gap, on the same day.
 */
export function toCronPattern(schedule: DigestSchedule): string {
  const days = sameDays(schedule.weekdays, EVERY_DAY) ? '*' : schedule.weekdays.join(',');
  return `${schedule.minute} ${schedule.hour} * * ${days}`;
}

/** Formats the wall time as "8:00 AM". */
export function formatScheduleTime(schedule: Pick<DigestSchedule, 'hour' | 'minute'>): string {
  const suffix = schedule.hour < 12 ? 'AM' : 'PM';
  const hour12 = schedule.hour % 12 === 0 ? 12 : schedule.hour % 12;
  return `${hour12}:${String(schedule.minute).padStart(2, '0')} ${suffix}`;
}

function describeDays(weekdays: number[]): string {
  if (sameDays(weekdays, EVERY_DAY)) return 'Daily';
  if (sameDays(weekdays, WEEKDAYS)) return 'Weekdays';
  if (sameDays(weekdays, WEEKENDS)) return 'Weekends';
  const names = weekdays.map((day) =>
    weekdays.length > 2 ? SHORT_DAY_NAMES[day]! : DAY_NAMES[day]!,
  );
  if (names.length === 1) return names[0]!;
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
}

/** Describes the schedule in staff words: "Weekdays at 7:30 AM", "Mondays at 9:00 AM". */
export function describeSchedule(schedule: DigestSchedule): string {
  return `${describeDays(schedule.weekdays)} at ${formatScheduleTime(schedule)}`;
}

/** Stores the days as "1,2,3,4,5" and the time as "07:30". */
export function serializeSchedule(schedule: DigestSchedule): { days: string; time: string } {
  const pad = (value: number) => String(value).padStart(2, '0');
  const time = `${pad(schedule.hour)}:${pad(schedule.minute)}`;
  return { days: schedule.weekdays.join(','), time };
}

/** Reads what `serializeSchedule` stored. */
export function deserializeSchedule(days: string, time: string): DigestSchedule {
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  return { weekdays: days.split(',').map(Number), hour, minute };
}

export const SCHEDULE_DAYS = { EVERY_DAY, WEEKDAYS, WEEKENDS } as const;
