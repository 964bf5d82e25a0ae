import { DateTime } from 'luxon';

import { readZoneClock } from '../../src/dates/zone-clock.js';

const ZONES = [
  'America/New_York',
  'Pacific/Auckland',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'Europe/London',
  'UTC',
];

const HOUR_MS = 3_600_000;

describe('readZoneClock', () => {
  it('matches luxon across daylight-saving changes', () => {
    // Hourly from November 2026 to April 2027 crosses the daylight-saving changes of New York
    // (November and March), London (March), Auckland and Lord Howe (April).
    for (const zone of ZONES) {
      for (let at = Date.UTC(2026, 10, 1); at < Date.UTC(2027, 4, 1); at += HOUR_MS + 60_000) {
        const now = new Date(at);
        const local = DateTime.fromJSDate(now, { zone });
        const clock = readZoneClock(now, zone);
        expect({ zone, at: now.toISOString(), ...clock }).toEqual({
          zone,
          at: now.toISOString(),
          today: local.toFormat('yyyy-MM-dd'),
          offsetMinutes: local.offset,
        });
      }
    }
  });

  it('reads zones Intl rejects through luxon', () => {
    const now = new Date('2026-12-04T23:30:00Z');
    expect(readZoneClock(now, 'UTC+3')).toEqual({ today: '2026-12-05', offsetMinutes: 180 });
  });

  it('rejects an unknown zone', () => {
    expect(() => readZoneClock(new Date('2026-12-04T15:00:00Z'), 'Mars/Olympus')).toThrow(
      RangeError,
    );
  });

  it('rejects an invalid instant', () => {
    expect(() => readZoneClock(new Date(Number.NaN), 'America/New_York')).toThrow(RangeError);
  });
});
