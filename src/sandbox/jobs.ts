// Bulk jobs: accepted at once, applied shortly afterwards row by row through the same rules as
// single calls, then reported by a completion email, as the API documents.
import { randomUUID } from 'node:crypto';
import { STATUS, WIRE_ERROR_CODES } from '../elevenos/contract.js';
import type { BulkAction } from '../elevenos/types.js';
import type { SandboxClock } from './clock.js';
import type { JobReport, JobRowError, SandboxOutbox } from './outbox.js';
import type { SandboxAccount, SandboxSite } from './records.js';
import { parseResidentInput } from './resident-input.js';
import { addResident, purgeResident, terminateResident } from './resident-rules.js';
import type { RuleResult } from './resident-rules.js';
import type { SandboxState } from './state.js';

export interface JobsOptions {
  state: SandboxState;
  clock: SandboxClock;
  outbox: SandboxOutbox;
  /** Real time between accepting a job and applying it, in milliseconds. */
  delayMs: number;
}

/** Runs bulk jobs and keeps their reports. */
export class SandboxJobs {
  readonly #options: JobsOptions;
  readonly #reports: JobReport[] = [];
  readonly #pending = new Map<string, { timer: NodeJS.Timeout; done: Promise<void> }>();

  constructor(options: JobsOptions) {
    this.#options = options;
  }

  /** Accepts an import of resident bodies; returns the job id. */
  startImport(account: SandboxAccount, site: SandboxSite, rows: unknown[]): string {
    return this.#start(account, site, 'import', rows, (row, now) => {
      const parsed = parseResidentInput(row, 'add');
      return parsed.ok ? addResident(this.#options.state, site, parsed.input, now) : parsed;
    });
  }

  /** Accepts a bulk terminate or purge of resident ids; returns the job id. */
  startBulk(
    account: SandboxAccount,
    site: SandboxSite,
    action: BulkAction,
    ids: unknown[],
  ): string {
    const apply = action === 'terminate' ? terminateResident : purgeResident;
    return this.#start(account, site, action, ids, (id, now) => {
      if (typeof id !== 'string' || id === '') {
        const violation = {
          status: STATUS.badRequest,
          code: WIRE_ERROR_CODES.badRequest,
          message: 'ResidentIds must hold non-empty strings',
        };
        return { ok: false, violation };
      }
      return apply(this.#options.state, site, id, now);
    });
  }

  /** Resolves once every job accepted so far has been applied and reported. */
  async settled(): Promise<void> {
    await Promise.all([...this.#pending.values()].map((job) => job.done));
  }

  list(): JobReport[] {
    return structuredClone(this.#reports);
  }

  /** Drops jobs that have not run yet; used when the sandbox closes. */
  cancelPending(): void {
    for (const job of this.#pending.values()) {
      clearTimeout(job.timer);
    }
    this.#pending.clear();
  }

  #start(
    account: SandboxAccount,
    site: SandboxSite,
    kind: JobReport['kind'],
    rows: unknown[],
    applyRow: (row: unknown, now: Date) => RuleResult,
  ): string {
    const jobId = randomUUID();
    let finish = () => {};
    const done = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const timer = setTimeout(() => {
      this.#pending.delete(jobId);
      this.#run(account, site, { jobId, kind, rows, applyRow });
      finish();
    }, this.#options.delayMs);
    this.#pending.set(jobId, { timer, done });
    return jobId;
  }

  #run(
    account: SandboxAccount,
    site: SandboxSite,
    job: {
      jobId: string;
      kind: JobReport['kind'];
      rows: unknown[];
      applyRow: (row: unknown, now: Date) => RuleResult;
    },
  ): void {
    const now = this.#options.clock.now();
    const errors: JobRowError[] = [];
    const residentIds: string[] = [];
    job.rows.forEach((row, index) => {
      const result = job.applyRow(row, now);
      if (result.ok) {
        residentIds.push(result.resident.residentId);
        return;
      }
      const residentId = typeof row === 'string' ? row : null;
      errors.push({ row: index + 1, residentId, ...result.violation });
    });
    const report: JobReport = {
      jobId: job.jobId,
      siteId: site.siteId,
      kind: job.kind,
      rows: job.rows.length,
      succeeded: job.rows.length - errors.length,
      failed: errors.length,
      errors,
      residentIds,
    };
    this.#reports.push(report);
    this.#options.outbox.send({
      to: account.email,
      subject: `ElevenOS job ${job.jobId} finished: ${report.succeeded} of ${report.rows} rows applied`,
      text: emailText(report, site),
      sentAt: now.toISOString(),
      report,
    });
  }
}

function emailText(report: JobReport, site: SandboxSite): string {
  const lines = [
    `Job ${report.jobId} (${report.kind}) at ${site.name} has finished.`,
    `Rows: ${report.rows}. Applied: ${report.succeeded}. Failed: ${report.failed}.`,
    ...report.errors.map((error) => `Row ${error.row}: ${error.message} (${error.status})`),
  ];
  return lines.join('\n');
}
