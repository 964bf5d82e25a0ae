// Rows of one file that cannot both be applied: the same unit or the same email on overlapping
// dates, or the same person twice. Both rows of a pair get a problem, since only staff know which
// one is right, except a row that repeats another cell for cell.
import type { NewResident } from '../../elevenos/types.js';
import { formatUnit } from '../../units/format-unit.js';
import type { CheckedImportRow } from './import-row.js';
import { intervalOf, placeKey, type ServiceInterval } from './service-interval.js';

interface Entry {
  row: CheckedImportRow;
  resident: NewResident;
  interval: ServiceInterval;
}

/** Adds a problem to every row that overlaps another row of the file; linear after a sort. */
export function markFileDuplicates(rows: CheckedImportRow[]): void {
  const marked = new Set<number>();
  const repeats = markRepeatedRows(rows, marked);
  const entries: Entry[] = [];
  for (const row of rows) {
    if (row.resident !== null && !repeats.has(row.row)) {
      entries.push({ row, resident: row.resident, interval: intervalOf(row.resident) });
    }
  }

  const withUnit = entries.filter((entry) => entry.resident.unit !== null);
  sweepGroups(
    groupBy(withUnit, (entry) => placeKey(entry.resident)),
    (first, second) => {
      const unit = formatUnit(first.resident);
      note(first, `${unit} is also in row ${second.row.row} on overlapping dates`);
      note(second, `${unit} is also in row ${first.row.row} on overlapping dates`);
    },
  );

  const withEmail = entries.filter((entry) => entry.resident.email !== null);
  sweepGroups(
    groupBy(withEmail, (entry) => entry.resident.email!.toLowerCase()),
    (a, b) => {
      note(a, `same email as row ${b.row.row}`);
      note(b, `same email as row ${a.row.row}`);
    },
  );

  // Without a unit or an email, only the name distinguishes a repeated row (MDU SSO buildings).
  const bare = entries.filter(
    (entry) => entry.resident.unit === null && entry.resident.email === null,
  );
  const personKey = (entry: Entry) =>
    `${entry.resident.firstName} ${entry.resident.lastName}`.toLowerCase() +
    `\u0000${placeKey(entry.resident)}`;
  sweepGroups(groupBy(bare, personKey), (a, b) => {
    note(a, `repeats row ${b.row.row} (same name and building)`);
    note(b, `repeats row ${a.row.row} (same name and building)`);
  });

  function note(entry: Entry, problem: string): void {
    // One duplicate problem per row is enough to send staff to the other row.
    if (marked.has(entry.row.row)) return;
    marked.add(entry.row.row);
    entry.row.problems.push(problem);
  }
}

/**
 * Marks each row whose cells all equal an earlier row's, such as a line pasted twice. Only the
 * copy gets the problem, so the first row stays ready and the file imports that resident once.
 * Returns the row numbers of the copies, which the overlap checks then skip.
 */
function markRepeatedRows(rows: CheckedImportRow[], marked: Set<number>): Set<number> {
  const firstRowByCells = new Map<string, number>();
  const copies = new Set<number>();
  for (const row of rows) {
    const key = JSON.stringify(Object.values(row.cells));
    const first = firstRowByCells.get(key);
    if (first === undefined) {
      firstRowByCells.set(key, row.row);
      continue;
    }
    copies.add(row.row);
    marked.add(row.row);
    row.problems.push(`Row ${row.row} repeats row ${first}.`);
  }
  return copies;
}

function groupBy(entries: Entry[], key: (entry: Entry) => string): Entry[][] {
  const groups = new Map<string, Entry[]>();
  for (const entry of entries) {
    const name = key(entry);
    const group = groups.get(name);
    if (group === undefined) groups.set(name, [entry]);
    else group.push(entry);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}

// In a group sorted by start, a row overlaps an earlier row exactly when it starts before the
// latest end seen so far. The row with that latest end is the one reported.
function sweepGroups(groups: Entry[][], onOverlap: (first: Entry, second: Entry) => void): void {
  for (const group of groups) {
    group.sort((a, b) => a.interval.start - b.interval.start || a.row.row - b.row.row);
    let holder = group[0]!;
    for (const entry of group.slice(1)) {
      if (entry.interval.start < holder.interval.end) onOverlap(holder, entry);
      if (entry.interval.end > holder.interval.end) holder = entry;
    }
  }
}
