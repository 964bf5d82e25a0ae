/** One row of a bulk job that ElevenOS could not apply. */
export interface JobRowError {
  /** 1-based position of the row in the request. */
  row: number;
  residentId: string | null;
  status: number;
  /** The error code a single call would have sent. */
  code: string;
  message: string;
}

/** The outcome of a bulk job, as its completion email reports it. */
export interface JobReport {
  jobId: string;
  siteId: string;
  kind: 'import' | 'terminate' | 'terminate-and-purge';
  rows: number;
  succeeded: number;
  failed: number;
  errors: JobRowError[];
  /** Ids of the residents the job added or changed, in row order. */
  residentIds: string[];
}

/** A job completion email, sent to the account that started the job. */
export interface SandboxEmail {
  to: string;
  subject: string;
  text: string;
  /** Sandbox-clock instant, ISO 8601. */
  sentAt: string;
  report: JobReport;
}

/** The emails the sandbox has sent, in order. */
export class SandboxOutbox {
  readonly #emails: SandboxEmail[] = [];

  list(): SandboxEmail[] {
    return structuredClone(this.#emails);
  }

  /** Finds the completion email of `jobId`; undefined until the job has finished. */
  forJob(jobId: string): SandboxEmail | undefined {
    const email = this.#emails.find((candidate) => candidate.report.jobId === jobId);
    return email === undefined ? undefined : structuredClone(email);
  }

  send(email: SandboxEmail): void {
    this.#emails.push(email);
  }

  clear(): void {
    this.#emails.length = 0;
  }
}
