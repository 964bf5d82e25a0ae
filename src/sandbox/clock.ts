/** The sandbox's clock: a base clock plus an offset that tests can set or advance. */
export interface SandboxClock {
  now(): Date;
  /** Moves the clock so that it reads `date` now; it keeps running from there. */
  set(date: Date): void;
  advance(ms: number): void;
}

export function createSandboxClock(base: () => Date = () => new Date()): SandboxClock {
  let offsetMs = 0;
  return {
    now: () => new Date(base().getTime() + offsetMs),
    set: (date) => {
      offsetMs = date.getTime() - base().getTime();
    },
    advance: (ms) => {
      offsetMs += ms;
    },
  };
}
