// Random and garbled input through parseCommand: it never throws, always returns the contract
// shape, and stays fast.
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { parseCommand } from '../../src/parse/parse-command.js';
import { INTENTS, type ParsedCommand, type UnitResolution } from '../../src/parse/types.js';
import { corpusContext, corpusMappings, readCorpusFile } from './corpus-helpers.js';

const context = corpusContext(corpusMappings());
const corpusLines = [
  ...readCorpusFile('commands.jsonl'),
  ...readCorpusFile('known-faults.jsonl'),
].map((testCase) => testCase.text);

const RUNS = 10_000;
const TIME_LIMIT_MS = 20;
const RETRIES = 3;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isUnitRef(value: unknown): boolean {
  const ref = value as Record<string, unknown>;
  return ['building', 'floor', 'unit'].every(
    (key) => ref[key] === null || typeof ref[key] === 'string',
  );
}

function isResolution(value: UnitResolution | null): boolean {
  if (value === null) {
    return true;
  }
  switch (value.status) {
    case 'resolved':
      return isUnitRef(value);
    case 'ambiguous':
      return typeof value.text === 'string' && value.candidates.every(isUnitRef);
    case 'not_found':
      return typeof value.text === 'string' && value.suggestions.every(isUnitRef);
    default:
      return false;
  }
}

/** Lists what in `result` breaks the ParsedCommand contract. */
function contractBreaks(result: ParsedCommand): string[] {
  const breaks: string[] = [];
  const check = (ok: boolean, field: string) => {
    if (!ok) {
      breaks.push(field);
    }
  };
  check(INTENTS.includes(result.intent), 'intent');
  check(
    Array.isArray(result.people) &&
      result.people.every(
        (person) =>
          typeof person.firstName === 'string' &&
          typeof person.lastName === 'string' &&
          (person.email === null || typeof person.email === 'string') &&
          (person.phone === null || typeof person.phone === 'string'),
      ),
    'people',
  );
  check(isResolution(result.unit), 'unit');
  check(isResolution(result.toUnit), 'toUnit');
  check(result.startDate === null || DATE.test(result.startDate), 'startDate');
  check(result.endDate === null || DATE.test(result.endDate), 'endDate');
  check(
    result.window === null ||
      (DATE.test(result.window.from) &&
        DATE.test(result.window.to) &&
        result.window.from <= result.window.to),
    'window',
  );
  check([null, 'move_in', 'move_out', 'both'].includes(result.kind), 'kind');
  check(
    Array.isArray(result.problems) && result.problems.every((p) => typeof p === 'string'),
    'problems',
  );
  return breaks;
}

function timedParse(text: string): { result: ParsedCommand; ms: number } {
  const started = performance.now();
  const result = parseCommand(text, context);
  return { result, ms: performance.now() - started };
}

const garbled = fc
  .tuple(
    fc.constantFrom(...corpusLines),
    fc.array(
      fc.tuple(
        fc.constantFrom('delete', 'duplicate', 'swap'),
        fc.nat(),
        fc.integer({ min: 1, max: 3 }),
      ),
      { maxLength: 6 },
    ),
  )
  .map(([line, edits]) =>
    edits.reduce((text, [edit, at, size]) => {
      const i = text.length === 0 ? 0 : at % text.length;
      if (edit === 'delete') {
        return text.slice(0, i) + text.slice(i + size);
      }
      if (edit === 'duplicate') {
        return text.slice(0, i + size) + text.slice(i, i + size) + text.slice(i + size);
      }
      return text.slice(0, i) + (text[i + 1] ?? '') + (text[i] ?? '') + text.slice(i + 2);
    }, line),
  );

const hugeNumbers = fc
  .tuple(fc.constantFrom(...corpusLines), fc.bigInt({ min: 10n ** 6n, max: 10n ** 40n }))
  .map(([line, big]) => line.replace(/\d+/g, big.toString()));

const longInputs = fc
  .array(
    fc.oneof(fc.constantFrom(...corpusLines), fc.string({ unit: 'grapheme', maxLength: 200 })),
    {
      minLength: 10,
      maxLength: 40,
    },
  )
  .map((parts) => parts.join(' '));

const anyInput = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme-ascii', maxLength: 300 }),
  garbled,
  hugeNumbers,
  longInputs,
);

describe('parseCommand on random input', () => {
  it('returns the contract shape quickly for any text', () => {
    let slowest = 0;
    fc.assert(
      fc.property(anyInput, (text) => {
        const first = timedParse(text);
        expect(contractBreaks(first.result)).toEqual([]);
        if (first.ms > TIME_LIMIT_MS) {
          // A garbage collection pause can slow one call; only a call slow every time fails.
          const retimed = Array.from({ length: RETRIES }, () => timedParse(text).ms);
          const fastest = Math.min(...retimed);
          expect(fastest).toBeLessThanOrEqual(TIME_LIMIT_MS);
          slowest = Math.max(slowest, fastest);
        } else {
          slowest = Math.max(slowest, first.ms);
        }
      }),
      { numRuns: RUNS },
    );
    expect(slowest).toBeLessThanOrEqual(TIME_LIMIT_MS);
  });

  it('reads long inputs only up to the length limit', () => {
    const long = `${'move in Jane Doe to Hudson 102 on March 1 '.repeat(100)}`;
    const result = parseCommand(long, context);
    expect(result.problems.some((problem) => problem.includes('too long'))).toBe(true);
  });
});
