import type { BenchOptions } from './bench-options.js';
import { runLoad, type LoadFigures, type LoadRun } from './load.js';
import { median, ratio } from './stats.js';

export interface LoadLevel {
  connections: number;
  baseline: { requestsPerSecond: number; p50Ms: number; p99Ms: number };
  subject: { requestsPerSecond: number; p50Ms: number; p99Ms: number };
  p99Ratio: number;
  throughputRatio: number;
  failures: { baseline: number; subject: number };
}

export interface LoadTarget {
  url: string;
  /** Returns a fresh request generator for one run. */
  traffic: () => LoadRun['next'];
}

function summarise(runs: readonly LoadFigures[]) {
  return {
    requestsPerSecond: Math.round(median(runs.map((run) => run.requestsPerSecond))),
    p50Ms: median(runs.map((run) => run.p50Ms)),
    p99Ms: median(runs.map((run) => run.p99Ms)),
  };
}

/**
 * Loads baseline and subject in turn (A, B, A, B) at each connection count and returns the
 * medians, so that drift on a shared machine hits both alike.
 */
export async function compareLoad(
  baseline: LoadTarget,
  subject: LoadTarget,
  options: BenchOptions,
): Promise<LoadLevel[]> {
  const levels: LoadLevel[] = [];
  for (const connections of options.connections) {
    const baselineRuns: LoadFigures[] = [];
    const subjectRuns: LoadFigures[] = [];
    for (let round = 0; round < options.rounds; round += 1) {
      for (const [target, runs] of [
        [baseline, baselineRuns],
        [subject, subjectRuns],
      ] as const) {
        runs.push(
          await runLoad({
            url: target.url,
            connections,
            seconds: options.loadSeconds,
            next: target.traffic(),
          }),
        );
      }
    }
    const base = summarise(baselineRuns);
    const own = summarise(subjectRuns);
    levels.push({
      connections,
      baseline: base,
      subject: own,
      p99Ratio: ratio(own.p99Ms, base.p99Ms),
      throughputRatio: ratio(own.requestsPerSecond, base.requestsPerSecond),
      failures: {
        baseline: baselineRuns.reduce((sum, run) => sum + run.failures, 0),
        subject: subjectRuns.reduce((sum, run) => sum + run.failures, 0),
      },
    });
  }
  return levels;
}
