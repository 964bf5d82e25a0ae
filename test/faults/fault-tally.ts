/** Faults injected and duplicate writes or posts seen in one test file, printed after it. */
export interface FaultTally {
  /** Counts `count` faults of one kind, such as "ElevenOS 500" or "Slack 429". */
  inject(kind: string, count?: number): void;
  /** Counts duplicates seen: writes or posts beyond the one expected. */
  duplicates(count: number): void;
  /** Returns one line such as "elevenos-faults: 12 faults (ElevenOS 500 ×4, …), 0 duplicates". */
  summary(): string;
}

export function createFaultTally(file: string): FaultTally {
  const injected = new Map<string, number>();
  let duplicates = 0;

  return {
    inject(kind, count = 1) {
      injected.set(kind, (injected.get(kind) ?? 0) + count);
    },
    duplicates(count) {
      duplicates += count;
    },
    summary() {
      const total = [...injected.values()].reduce((sum, each) => sum + each, 0);
      const kinds = [...injected].map(([kind, count]) => `${kind} ×${count}`).join(', ');
      return `${file}: ${total} faults (${kinds}), ${duplicates} duplicates`;
    },
  };
}
