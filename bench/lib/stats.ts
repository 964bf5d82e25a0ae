/** Returns the median of `values`, or NaN for an empty list. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Divides and rounds to two decimals for the report. Returns NaN when the baseline is zero. */
export function ratio(subject: number, baseline: number): number {
  if (baseline === 0) return Number.NaN;
  return Math.round((subject / baseline) * 100) / 100;
}

/** Runs `task` `iterations` times and returns the elapsed wall time in milliseconds. */
export function timeLoop(iterations: number, task: (i: number) => void): number {
  const started = process.hrtime.bigint();
  for (let i = 0; i < iterations; i += 1) task(i);
  return Number(process.hrtime.bigint() - started) / 1e6;
}
