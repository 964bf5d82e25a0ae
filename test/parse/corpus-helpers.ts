// Shared by the corpus tests: the corpus context and a check that mirrors the corpus scorer.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { UnitMapping } from '../../src/elevenos/types.js';
import type { ParseContext, ParsedCommand, UnitResolution } from '../../src/parse/types.js';

/** The shared corpus sits beside the clone, in `../shared/corpus`. */
export const CORPUS_DIR = resolve(process.cwd(), '../shared/corpus');

export interface CorpusCase {
  text: string;
  expect: Record<string, unknown>;
}

interface RawMapping {
  Building: string | null;
  Floor: string | null;
  Unit: string | null;
  VLAN: string;
  SSID: string;
  Passphrase: string | null;
}

export function readCorpusFile(name: string): CorpusCase[] {
  const path = resolve(CORPUS_DIR, name);
  if (!existsSync(path)) {
    throw new Error(`Corpus file ${path} is missing: check out the shared folder beside the repo`);
  }
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusCase);
}

export function corpusMappings(): UnitMapping[] {
  const path = resolve(CORPUS_DIR, 'mappings.json');
  const raw = JSON.parse(readFileSync(path, 'utf8')) as { Mappings: RawMapping[] };
  return raw.Mappings.map((row) => ({
    building: row.Building,
    floor: row.Floor,
    unit: row.Unit,
    vlan: row.VLAN,
    ssid: row.SSID,
    passphrase: row.Passphrase,
  }));
}

export function corpusContext(mappings: UnitMapping[]): ParseContext {
  return { now: new Date('2026-12-04T15:00:00Z'), zone: 'America/New_York', mappings };
}

const normalizeName = (text: string | null | undefined) =>
  (text ?? '').normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

function unitMatches(expected: unknown, actual: UnitResolution | null): boolean {
  if (expected === null) {
    return actual === null;
  }
  if (actual === null) {
    return false;
  }
  if (expected === 'ambiguous' || expected === 'not_found') {
    return actual.status === expected;
  }
  const [building, unit] = (expected as string).split('/');
  return (
    actual.status === 'resolved' &&
    normalizeName(actual.building) === normalizeName(building) &&
    normalizeName(actual.unit) === normalizeName(unit)
  );
}

interface ExpectedPerson {
  name: string;
  email?: string;
  phone?: string;
}

function peopleMatch(expected: ExpectedPerson[], actual: ParsedCommand['people']): boolean {
  if (actual.length !== expected.length) {
    return false;
  }
  return expected.every((want, i) => {
    const got = actual[i];
    if (got === undefined) {
      return false;
    }
    const fullName = normalizeName([got.firstName, got.lastName].filter(Boolean).join(' '));
    if (fullName !== normalizeName(want.name)) {
      return false;
    }
    if (want.email && (got.email ?? '').toLowerCase() !== want.email.toLowerCase()) {
      return false;
    }
    const digits = (text: string | null | undefined) => (text ?? '').replace(/\D/g, '');
    return !want.phone || digits(got.phone) === digits(want.phone);
  });
}

function fieldMatches(key: string, expected: unknown, result: ParsedCommand): boolean {
  if (expected !== null && typeof expected === 'object' && 'anyOf' in expected) {
    const options = (expected as { anyOf: unknown[] }).anyOf;
    return options.some((option) => fieldMatches(key, option, result));
  }
  switch (key) {
    case 'people':
      return peopleMatch(expected as ExpectedPerson[], result.people);
    case 'unit':
    case 'toUnit':
      return unitMatches(expected, result[key]);
    case 'window': {
      const window = result.window;
      if (expected === null) {
        return window === null;
      }
      const want = expected as { from: string; to: string };
      return window !== null && window.from === want.from && window.to === want.to;
    }
    default:
      return (result[key as keyof ParsedCommand] ?? null) === expected;
  }
}

/** Lists the expected keys that `result` gets wrong, as the corpus scorer judges them. */
export function wrongFields(expect: Record<string, unknown>, result: ParsedCommand): string[] {
  return Object.keys(expect).filter((key) => !fieldMatches(key, expect[key], result));
}
