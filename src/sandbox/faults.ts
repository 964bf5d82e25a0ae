import type { RouteName, WireErrorStyle } from '../elevenos/contract.js';
import type { SandboxAuth } from './auth.js';

export const FAULT_STATUSES = [406, 409, 429, 500, 502, 503, 504] as const;

export type FaultStatus = (typeof FAULT_STATUSES)[number];

/** Makes matching calls fail. Without `routes`, every API route but the token route matches. */
export interface FailurePlan {
  /** 406 and 409 send ElevenOS's validation and resident-exists errors; the rest are outages. */
  status: FaultStatus;
  /** `json` sends the error envelope; `html` sends a gateway's HTML page. Default: json. */
  body?: 'json' | 'html';
  /** Fails this many of the next matching calls. */
  next?: number;
  /** Fails every Kth matching call instead, counting from when the plan was set. */
  every?: number;
  /** Applies the request first and then fails, so a write happens although the response is an error. */
  afterApply?: boolean;
  /** Message of the JSON error envelope, in place of the status line. */
  message?: string;
  /** `Retry-After` header value to send with the failure. */
  retryAfter?: string;
  routes?: RouteName[];
}

/** Applies matching calls at once but delays the response by `delayMs`, past a client's timeout. */
export interface HangPlan {
  delayMs: number;
  /** Hangs this many of the next matching calls; without it, every matching call hangs. */
  next?: number;
  routes?: RouteName[];
}

export interface FaultSettings {
  /** Added before every API call, in milliseconds. */
  latencyMs: number;
  /** Added latency per route, on top of `latencyMs`. */
  routeLatencyMs: Partial<Record<RouteName, number>>;
  failure: FailurePlan | null;
  hang: HangPlan | null;
  /** Error-body form to send, one of the two the contract assumes. */
  errorStyle: WireErrorStyle;
}

export interface FaultDecision {
  latencyMs: number;
  failure: FailurePlan | null;
  hangMs: number;
}

const NO_FAULTS: FaultSettings = {
  latencyMs: 0,
  routeLatencyMs: {},
  failure: null,
  hang: null,
  errorStyle: 'object',
};

/** Fault knobs of the sandbox. Each call gets its faults from `decide`. */
export class SandboxFaults {
  #settings: FaultSettings = { ...NO_FAULTS };
  #failureMatches = 0;
  #failuresLeft: number | null = null;
  #hangsLeft: number | null = null;
  readonly #auth: SandboxAuth;

  constructor(auth: SandboxAuth) {
    this.#auth = auth;
  }

  get settings(): FaultSettings {
    return structuredClone(this.#settings);
  }

  /** Changes the given settings; a new failure or hang plan starts its counts afresh. */
  configure(changes: Partial<FaultSettings>): void {
    this.#settings = { ...this.#settings, ...structuredClone(changes) };
    if (changes.failure !== undefined) {
      this.#failureMatches = 0;
      this.#failuresLeft = changes.failure?.next ?? null;
    }
    if (changes.hang !== undefined) {
      this.#hangsLeft = changes.hang?.next ?? null;
    }
  }

  /** Removes every fault. */
  clear(): void {
    this.configure({ ...NO_FAULTS });
  }

  failNext(count: number, plan: Omit<FailurePlan, 'next' | 'every'> = { status: 500 }): void {
    this.configure({ failure: { ...plan, next: count } });
  }

  failEvery(every: number, plan: Omit<FailurePlan, 'next' | 'every'> = { status: 500 }): void {
    this.configure({ failure: { ...plan, every } });
  }

  hangNext(count: number, delayMs: number, routes?: RouteName[]): void {
    this.configure({ hang: { delayMs, next: count, ...(routes ? { routes } : {}) } });
  }

  /** Makes every issued token expired now. */
  expireTokens(): void {
    this.#auth.expireAll();
  }

  /** Forgets every issued token. */
  revokeTokens(): void {
    this.#auth.revokeAll();
  }

  /** Decides the faults for one call and counts it against the plans. */
  decide(route: RouteName | null): FaultDecision {
    const settings = this.#settings;
    const routeLatency = route === null ? 0 : (settings.routeLatencyMs[route] ?? 0);
    return {
      latencyMs: settings.latencyMs + routeLatency,
      failure: this.#takeFailure(route),
      hangMs: this.#takeHang(route),
    };
  }

  #takeFailure(route: RouteName | null): FailurePlan | null {
    const plan = this.#settings.failure;
    if (plan === null || !matches(plan.routes, route)) {
      return null;
    }
    this.#failureMatches += 1;
    if (plan.every !== undefined) {
      return this.#failureMatches % plan.every === 0 ? plan : null;
    }
    if (this.#failuresLeft === null || this.#failuresLeft > 0) {
      this.#failuresLeft = this.#failuresLeft === null ? null : this.#failuresLeft - 1;
      return plan;
    }
    return null;
  }

  #takeHang(route: RouteName | null): number {
    const plan = this.#settings.hang;
    if (plan === null || !matches(plan.routes, route) || this.#hangsLeft === 0) {
      return 0;
    }
    this.#hangsLeft = this.#hangsLeft === null ? null : this.#hangsLeft - 1;
    return plan.delayMs;
  }
}

function matches(routes: RouteName[] | undefined, route: RouteName | null): boolean {
  if (route === null) {
    return false;
  }
  return routes === undefined ? route !== 'token' : routes.includes(route);
}
