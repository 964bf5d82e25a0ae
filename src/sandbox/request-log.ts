import type { RouteName } from '../elevenos/contract.js';

/** One API call the sandbox handled. */
export interface LoggedRequest {
  method: string;
  /** The contract route, or null for a path that matches none. */
  route: RouteName | null;
  status: number;
  /** True when a fault knob chose the response. */
  faulted: boolean;
}

/** Every API call in order, so tests can count what reached the server. */
export class RequestLog {
  readonly #entries: LoggedRequest[] = [];

  record(entry: LoggedRequest): void {
    this.#entries.push(entry);
  }

  list(): LoggedRequest[] {
    return this.#entries.map((entry) => ({ ...entry }));
  }

  /** Counts the calls that reached `route`. */
  count(route: RouteName): number {
    return this.#entries.filter((entry) => entry.route === route).length;
  }

  clear(): void {
    this.#entries.length = 0;
  }
}
