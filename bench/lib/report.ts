import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export const RESULTS_PATH = fileURLToPath(new URL('../results.json', import.meta.url));

export interface GoalRow {
  key: string;
  measure: string;
  value: number;
  goal: string;
  met: boolean;
}

/** Formats goal rows as a Markdown table, which reads in a terminal and in docs alike. */
export function goalTable(rows: readonly GoalRow[]): string {
  const lines = ['| Ratio | Measure | Value | Goal | Met |', '|---|---|---:|---|---|'];
  for (const row of rows) {
    lines.push(
      `| \`${row.key}\` | ${row.measure} | ${row.value} | ${row.goal} | ${row.met ? 'yes' : 'no'} |`,
    );
  }
  return lines.join('\n');
}

export async function writeResults(results: unknown): Promise<void> {
  await writeFile(RESULTS_PATH, `${JSON.stringify(results, null, 2)}\n`);
}
