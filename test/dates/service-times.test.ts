import { afterEach, describe, expect, it, jest } from '@jest/globals';

import { formatDate, formatInstant } from '../../src/dates/format.js';
import {
  activationInstant,
  deactivationInstant,
  siteDateOf,
} from '../../src/dates/service-times.js';

const NEW_YORK = 'America/New_York';
const PROCESS_ZONES = ['UTC', 'America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Auckland'];
const SYSTEM_CLOCKS = ['2027-01-15T12:00:00Z', '2027-07-15T12:00:00Z'];
const originalZone = process.env.TZ;

/** Runs `check` under every process zone and system clock: results must not depend on either. */
function underEveryHost(check: () => void): void {
  for (const zone of PROCESS_ZONES) {
    for (const clock of SYSTEM_CLOCKS) {
      process.env.TZ = zone;
      jest.useFakeTimers({ now: new Date(clock) });
      check();
      jest.useRealTimers();
    }
  }
}

afterEach(() => {
  process.env.TZ = originalZone;
  jest.useRealTimers();
});

describe('activationInstant', () => {
  it('starts Wi-Fi at 06:00 site-local on an ordinary day', () => {
    underEveryHost(() => {
      expect(activationInstant('2027-03-01', NEW_YORK)).toBe('2027-03-01T11:00:00.000Z');
    });
  });

  it('uses daylight time on the spring-forward day', () => {
    underEveryHost(() => {
      expect(activationInstant('2027-03-14', NEW_YORK)).toBe('2027-03-14T10:00:00.000Z');
    });
  });

  it('uses standard time on the fall-back day', () => {
    underEveryHost(() => {
      expect(activationInstant('2027-11-07', NEW_YORK)).toBe('2027-11-07T11:00:00.000Z');
    });
  });

  it('rejects an impossible date', () => {
    expect(() => activationInstant('2027-06-31', NEW_YORK)).toThrow(RangeError);
  });
});

describe('deactivationInstant', () => {
  it('ends Wi-Fi at 23:59:59 site-local on the spring-forward day', () => {
    underEveryHost(() => {
      expect(deactivationInstant('2027-03-14', NEW_YORK)).toBe('2027-03-15T03:59:59.000Z');
    });
  });

  it('ends Wi-Fi at 23:59:59 site-local on the fall-back day', () => {
    underEveryHost(() => {
      expect(deactivationInstant('2027-11-07', NEW_YORK)).toBe('2027-11-08T04:59:59.000Z');
    });
  });

  it('crosses into the next UTC day on New Year', () => {
    underEveryHost(() => {
      expect(deactivationInstant('2026-12-31', NEW_YORK)).toBe('2027-01-01T04:59:59.000Z');
    });
  });

  it('handles a zone whose clocks change at midnight', () => {
    underEveryHost(() => {
      expect(deactivationInstant('2027-11-06', 'America/Havana')).toBe('2027-11-07T03:59:59.000Z');
    });
  });
});

describe('siteDateOf', () => {
  it('reads the calendar date in the site zone, not UTC', () => {
    underEveryHost(() => {
      expect(siteDateOf('2027-01-01T04:59:59.000Z', NEW_YORK)).toBe('2026-12-31');
    });
  });
});

describe('formatInstant', () => {
  const now = new Date('2026-12-04T15:00:00Z');

  it('shows the weekday, year, zone abbreviation and UTC time', () => {
    underEveryHost(() => {
      expect(formatInstant('2027-03-01T11:00:00.000Z', NEW_YORK, now)).toBe(
        'Mon, Mar 1, 2027, 6:00 AM EST (11:00 UTC)',
      );
    });
  });

  it('names the UTC day when it differs from the local one', () => {
    expect(formatInstant('2027-01-01T04:59:59.000Z', NEW_YORK, now)).toBe(
      'Thu, Dec 31, 11:59:59 PM EST (04:59:59 UTC Jan 1)',
    );
  });

  it('omits the year of a date in the current year', () => {
    expect(formatDate('2026-12-15', NEW_YORK, now)).toBe('Tue, Dec 15');
  });
});
