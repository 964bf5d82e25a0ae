// The checks of one row on its own: names, unit, dates and contacts.
import { formatDate } from '../../dates/format.js';
import { activationInstant, deactivationInstant } from '../../dates/service-times.js';
import { todayInZone, type CalendarDate } from '../../dates/calendar.js';
import type { ImportCells } from '../csv/columns.js';
import { isValidEmail, isValidPhone } from './contacts.js';
import type { CheckedImportRow, ImportCheckContext, RawImportRow } from './import-row.js';
import { readDateCell } from './read-date-cell.js';
import { resolveRowUnit } from './resolve-row-unit.js';

type Names = { firstName: string; lastName: string } | { problems: string[] };

/** Checks a row by itself; rows are compared with each other and with ElevenOS afterwards. */
export function checkRow(raw: RawImportRow, context: ImportCheckContext): CheckedImportRow {
  const { cells } = raw;
  const problems: string[] = [];
  if (raw.undecodable) {
    problems.push('holds characters that are not UTF-8; save the file as CSV UTF-8');
  }

  const names = readNames(cells);
  if ('problems' in names) problems.push(...names.problems);
  const place = resolveRowUnit(cells, context.index);
  if ('problem' in place) problems.push(place.problem);
  const dates = readDates(cells, context);
  problems.push(...dates.problems);
  if (cells.email !== null && !isValidEmail(cells.email)) {
    problems.push(`email "${cells.email}" is not a valid email address`);
  }
  if (cells.phone !== null && !isValidPhone(cells.phone)) {
    problems.push(`phone "${cells.phone}" is not a valid phone number`);
  }

  const usable = !('problems' in names) && 'unit' in place && dates.usable;
  const zone = context.site.timeZone;
  const resident =
    usable && dates.startDate !== null
      ? {
          firstName: names.firstName,
          lastName: names.lastName,
          email: cells.email,
          phone: cells.phone,
          building: place.unit.building,
          floor: place.unit.floor,
          unit: place.unit.unit,
          activationDateUtc: activationInstant(dates.startDate, zone),
          deactivationDateUtc:
            dates.endDate === null ? null : deactivationInstant(dates.endDate, zone),
        }
      : null;
  return {
    row: raw.row,
    cells,
    problems,
    resident,
    startDate: dates.startDate,
    endDate: dates.endDate,
  };
}

function readNames(cells: ImportCells): Names {
  if (cells.firstName !== null || cells.lastName !== null || cells.name === null) {
    const problems = [
      cells.firstName === null ? 'first name is missing' : null,
      cells.lastName === null ? 'last name is missing' : null,
    ].filter((problem): problem is string => problem !== null);
    return problems.length > 0
      ? { problems }
      : { firstName: cells.firstName!, lastName: cells.lastName! };
  }
  // One Name column: "Doe, Jane" or "Jane Doe" (a last name of one word).
  const comma = /^([^,]+),\s*(.+)$/.exec(cells.name);
  if (comma !== null) return { firstName: comma[2]!.trim(), lastName: comma[1]!.trim() };
  const words = cells.name.split(/\s+/);
  if (words.length < 2) return { problems: [`name "${cells.name}" needs a first and a last name`] };
  return { firstName: words.slice(0, -1).join(' '), lastName: words.at(-1)! };
}

interface RowDates {
  startDate: CalendarDate | null;
  endDate: CalendarDate | null;
  /** False when a date cell is missing or wrong, so no resident can be built. */
  usable: boolean;
  problems: string[];
}

function readDates(cells: ImportCells, context: ImportCheckContext): RowDates {
  const zone = context.site.timeZone;
  const today = todayInZone(context.now, zone);
  const shown = (date: CalendarDate) => formatDate(date, zone, context.now);
  const problems: string[] = [];
  const dateContext = { now: context.now, zone, dateOrder: context.dateOrder };

  let startDate: CalendarDate | null = null;
  if (cells.moveIn === null) {
    problems.push('move-in date is missing');
  } else {
    const start = readDateCell(cells.moveIn, { ...dateContext, onOrAfter: today });
    if ('problem' in start) problems.push(`move-in "${cells.moveIn}" is not a date`);
    else startDate = start.date;
  }
  if (startDate !== null && startDate < today) {
    problems.push(`move-in ${shown(startDate)} has passed`);
  }

  let endDate: CalendarDate | null = null;
  let endUsable = true;
  if (cells.moveOut !== null) {
    const end = readDateCell(cells.moveOut, { ...dateContext, onOrAfter: startDate ?? today });
    if ('problem' in end) {
      problems.push(`move-out "${cells.moveOut}" is not a date`);
      endUsable = false;
    } else {
      endDate = end.date;
    }
  }
  if (endDate !== null && startDate !== null && endDate < startDate) {
    problems.push(`ends ${shown(endDate)}, before it starts (${shown(startDate)})`);
  } else if (endDate !== null && endDate === startDate) {
    problems.push(`ends the day it starts (${shown(endDate)}); the move-out must come later`);
  } else if (endDate !== null && endDate < today) {
    problems.push(`move-out ${shown(endDate)} has passed`);
  }
  return { startDate, endDate, usable: startDate !== null && endUsable, problems };
}
