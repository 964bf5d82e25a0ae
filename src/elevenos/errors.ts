import { FrontdeskError } from '../errors.js';
import type { ErrorCode } from '../errors.js';

/** Whether the failed call changed nothing for certain, or may have changed something. */
export type CallOutcome = 'not_applied' | 'unknown';

export interface ElevenOsErrorDetails {
  code: ErrorCode;
  /** HTTP status, or null when no response arrived. */
  status: number | null;
  method: string;
  /** The path with ids replaced by `{placeholders}`, so it never carries resident data. */
  pathTemplate: string;
  outcome: CallOutcome;
  /** The message from the ElevenOS error body; it may name the resident, so it is not logged. */
  apiMessage?: string | null;
  apiCode?: string | null;
  retryAfterMs?: number | null;
  cause?: unknown;
}

/** A failed ElevenOS call. The message contains the route and status only, never resident data. */
export class ElevenOsError extends FrontdeskError {
  readonly status: number | null;
  readonly method: string;
  readonly pathTemplate: string;
  readonly outcome: CallOutcome;
  readonly apiMessage: string | null;
  readonly apiCode: string | null;
  readonly retryAfterMs: number | null;

  constructor(message: string, details: ElevenOsErrorDetails) {
    super(details.code, message, { cause: details.cause });
    this.status = details.status;
    this.method = details.method;
    this.pathTemplate = details.pathTemplate;
    this.outcome = details.outcome;
    this.apiMessage = details.apiMessage ?? null;
    this.apiCode = details.apiCode ?? null;
    this.retryAfterMs = details.retryAfterMs ?? null;
  }

  /** Returns a copy with another outcome, once a read-back has settled what happened. */
  withOutcome(outcome: CallOutcome): ElevenOsError {
    return new ElevenOsError(this.message, { ...this.details(), outcome, cause: this.cause });
  }

  private details(): ElevenOsErrorDetails {
    return {
      code: this.code,
      status: this.status,
      method: this.method,
      pathTemplate: this.pathTemplate,
      outcome: this.outcome,
      apiMessage: this.apiMessage,
      apiCode: this.apiCode,
      retryAfterMs: this.retryAfterMs,
    };
  }
}
