import { defaultWindow, renderUpcoming } from '../../src/bot/lists.js';
import { checkImportRows } from '../../src/bulk/check/check-import.js';
import { readImportFile } from '../../src/bulk/check/read-import-file.js';
import { buildSiteDigest } from '../../src/digest/site-digest.js';
import { createUnitIndex } from '../../src/units/unit-index.js';
import { resolveUnit } from '../../src/units/resolve-unit.js';
import type { BenchOptions } from '../lib/bench-options.js';
import { median, ratio, timeLoop } from '../lib/stats.js';
import {
  BENCH_SITE,
  syntheticImportCsv,
  syntheticMappings,
  syntheticResidents,
} from '../lib/synthetic-site.js';

const NOW = new Date('2026-12-04T15:00:00Z');

/** Phrases staff type: exact, bare number, typo, unknown unit, unknown tower. */
const PHRASES = ['Tower 1 1204', '1204', 'Towr 1 1204', 'Tower 1 2199', 'Tower 999 101', 'apt 305'];

export interface ResolveSize {
  units: number;
  indexBuildMs: number;
  microsecondsPerResolve: number;
}

export interface CsvCheckFigures {
  rows: number;
  ms: number;
  /** Heap still held per row after the check, with the checked rows kept alive. */
  retainedBytesPerRow: number;
}

export interface ScaleResult {
  resolve: ResolveSize[];
  resolve50kVs500: number;
  residents: number;
  jsonParseMs: number;
  upcomingMs: number;
  digestMs: number;
  upcomingVsJson: number;
  digestVsJson: number;
  csv: CsvCheckFigures[];
}

function medianOf(repeats: number, run: () => number): number {
  const times: number[] = [];
  for (let i = 0; i < repeats; i += 1) times.push(run());
  return median(times);
}

function benchResolve(units: number, options: BenchOptions): ResolveSize {
  const mappings = syntheticMappings(units);
  const indexBuildMs = timeLoop(1, () => createUnitIndex(mappings));
  const iterations = PHRASES.length * (options.quick ? 300 : 1000);
  const once = (i: number) => resolveUnit(PHRASES[i % PHRASES.length]!, mappings);
  timeLoop(iterations, once);
  const ms = medianOf(options.repeats, () => timeLoop(iterations, once));
  return { units, indexBuildMs, microsecondsPerResolve: (ms * 1000) / iterations };
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

async function benchCsv(rows: number): Promise<CsvCheckFigures> {
  const mappings = syntheticMappings(5_000);
  const residents = syntheticResidents(2_000, NOW);
  const text = syntheticImportCsv(rows);
  const context = {
    site: BENCH_SITE,
    index: createUnitIndex(mappings),
    residents,
    now: NOW,
    dateOrder: 'month-first' as const,
  };
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const started = performance.now();
  const file = await readImportFile({ text });
  const checked = checkImportRows(file.rows, context);
  const ms = performance.now() - started;
  collectGarbage();
  const retained = process.memoryUsage().heapUsed - before;
  if (checked.length !== rows) throw new Error(`checked ${checked.length} of ${rows} rows`);
  return { rows, ms, retainedBytesPerRow: Math.round(retained / rows) };
}

/** Unit resolution by site size, the upcoming list and digest of 10,000 residents, a CSV check. */
export async function benchScale(options: BenchOptions): Promise<ScaleResult> {
  const resolve = [500, 5_000, 50_000].map((units) => benchResolve(units, options));

  const residents = syntheticResidents(10_000, NOW);
  const json = JSON.stringify(residents);
  const window = defaultWindow(NOW, BENCH_SITE.timeZone);
  const digestOptions = { slot: NOW, now: NOW, windowDays: 7, includeMoveOuts: true };
  const parse = () => timeLoop(1, () => JSON.parse(json) as unknown);
  const upcoming = () =>
    timeLoop(1, () => renderUpcoming(residents, BENCH_SITE, window, 'both', NOW));
  const digest = () => timeLoop(1, () => buildSiteDigest(residents, BENCH_SITE, digestOptions));
  [parse, upcoming, digest].forEach((run) => run());
  const parseMs: number[] = [];
  const upcomingMs: number[] = [];
  const digestMs: number[] = [];
  for (let i = 0; i < options.repeats; i += 1) {
    parseMs.push(parse());
    upcomingMs.push(upcoming());
    digestMs.push(digest());
  }

  const csv = [await benchCsv(1_000), await benchCsv(5_000)];
  const first = resolve[0]!;
  const last = resolve[resolve.length - 1]!;
  return {
    resolve,
    resolve50kVs500: ratio(last.microsecondsPerResolve, first.microsecondsPerResolve),
    residents: residents.length,
    jsonParseMs: median(parseMs),
    upcomingMs: median(upcomingMs),
    digestMs: median(digestMs),
    upcomingVsJson: ratio(median(upcomingMs), median(parseMs)),
    digestVsJson: ratio(median(digestMs), median(parseMs)),
    csv,
  };
}
