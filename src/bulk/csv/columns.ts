// Reads an import file's header: which column contains which field, by the names that staff and
// property systems commonly give them.
import { BulkFileError } from '../errors.js';

export const IMPORT_FIELDS = [
  'firstName',
  'lastName',
  'name',
  'email',
  'phone',
  'building',
  'floor',
  'unit',
  'moveIn',
  'moveOut',
] as const;

export type ImportField = (typeof IMPORT_FIELDS)[number];

/** One data row's cells by field, trimmed; an empty or absent cell is null. */
export type ImportCells = Record<ImportField, string | null>;

/** Header names for each field, compared in lower case without spaces or punctuation. */
const ALIASES: Record<ImportField, string[]> = {
  firstName: ['first name', 'first', 'given name', 'forename', 'fname', 'resident first name'],
  lastName: ['last name', 'last', 'surname', 'family name', 'lname', 'resident last name'],
  name: ['name', 'full name', 'resident', 'resident name', 'tenant', 'tenant name'],
  email: ['email', 'e-mail', 'email address', 'e-mail address', 'mail'],
  phone: [
    'phone',
    'phone number',
    'mobile',
    'mobile phone',
    'mobile number',
    'cell',
    'cell phone',
    'telephone',
    'tel',
  ],
  building: ['building', 'bldg', 'building name', 'tower', 'hall'],
  floor: ['floor', 'level', 'floor number'],
  unit: [
    'unit',
    'unit number',
    'unit no',
    'apt',
    'apt number',
    'apartment',
    'apartment number',
    'suite',
    'room',
  ],
  moveIn: [
    'move-in',
    'move in date',
    'move-in date',
    'start',
    'start date',
    'lease start',
    'lease start date',
    'activation',
    'activation date',
    'access start',
    'wi-fi start',
  ],
  moveOut: [
    'move-out',
    'move out date',
    'move-out date',
    'end',
    'end date',
    'lease end',
    'lease end date',
    'deactivation',
    'deactivation date',
    'access end',
    'wi-fi end',
  ],
};

const FIELD_BY_KEY = new Map(
  IMPORT_FIELDS.flatMap((field) => ALIASES[field].map((alias) => [headerKey(alias), field])),
);

const FIELD_NAMES: Record<ImportField, string> = {
  firstName: 'First name',
  lastName: 'Last name',
  name: 'Name',
  email: 'Email',
  phone: 'Phone',
  building: 'Building',
  floor: 'Floor',
  unit: 'Unit',
  moveIn: 'Move-in',
  moveOut: 'Move-out',
};

function headerKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The column index of each field, and the header names Frontdesk does not use. */
export interface ColumnMap {
  indexes: Partial<Record<ImportField, number>>;
  ignored: string[];
}

/** Maps a header row to fields; throws BulkFileError when a needed column is missing or doubled. */
export function mapColumns(header: string[]): ColumnMap {
  const indexes: Partial<Record<ImportField, number>> = {};
  const ignored: string[] = [];
  header.forEach((name, index) => {
    const field = FIELD_BY_KEY.get(headerKey(name));
    if (field === undefined) {
      if (name.trim() !== '') ignored.push(name.trim());
      return;
    }
    const earlier = indexes[field];
    if (earlier !== undefined) {
      throw new BulkFileError(
        `Two columns hold the ${FIELD_NAMES[field].toLowerCase()}: "${header[earlier]?.trim()}" and "${name.trim()}". Keep one of them.`,
      );
    }
    indexes[field] = index;
  });

  const hasNames = indexes.name !== undefined || indexes.firstName !== undefined;
  const missing = [
    hasNames ? null : 'First name and Last name (or Name)',
    indexes.unit === undefined && indexes.building === undefined ? 'Unit' : null,
    indexes.moveIn === undefined ? 'Move-in' : null,
  ].filter((each): each is string => each !== null);
  if (missing.length > 0) {
    // The header of a file that is no import at all can be anything, so only a little is shown.
    const found = header
      .map((name) => name.trim().slice(0, 40))
      .filter((name) => name !== '')
      .slice(0, 12);
    throw new BulkFileError(
      `The first row must name the columns; ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing. Found: ${found.join(', ') || 'nothing'}.`,
    );
  }
  return { indexes, ignored };
}

/** Picks a data row's cells by the column map. */
export function cellsOf(record: string[], columns: ColumnMap): ImportCells {
  const cells = {} as ImportCells;
  for (const field of IMPORT_FIELDS) {
    const index = columns.indexes[field];
    const value = index === undefined ? '' : (record[index] ?? '').trim();
    cells[field] = value === '' ? null : value;
  }
  return cells;
}

/** Returns the column titles of problems.csv and failures.csv, in field order. */
export function fieldTitles(): string[] {
  return IMPORT_FIELDS.map((field) => FIELD_NAMES[field]);
}
