/** Durations and repeat counts; `--quick` shortens every part so the whole run takes < 2 min. */
export interface BenchOptions {
  quick: boolean;
  /** Seconds of load per autocannon run. */
  loadSeconds: number;
  /** Interleaved baseline/subject pairs per load level (A, B, A, B ...). */
  rounds: number;
  connections: readonly number[];
  /** Repeats of each in-process timing; the median is reported. */
  repeats: number;
  /** Milliseconds a freshly started server is left alone before its RSS is read. */
  settleMs: number;
}

export function readBenchOptions(argv: readonly string[]): BenchOptions {
  const quick = argv.includes('--quick');
  return quick
    ? { quick, loadSeconds: 2, rounds: 1, connections: [1, 10, 50], repeats: 3, settleMs: 2_000 }
    : { quick, loadSeconds: 8, rounds: 2, connections: [1, 10, 50], repeats: 7, settleMs: 5_000 };
}
