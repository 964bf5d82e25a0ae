import { FrontdeskError } from '../errors.js';

/**
 * A file that cannot be read as an import at all: not CSV, not UTF-8, no header, a quote left
 * open. The message is for staff and names the file's problem, never a resident's data.
 */
export class BulkFileError extends FrontdeskError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('BULK_FILE_INVALID', message, options);
  }
}

/** The worker's lease on a bulk job passed to another worker, so this one must stop. */
export class LeaseLostError extends FrontdeskError {
  readonly jobId: string;

  constructor(jobId: string) {
    super('BULK_LEASE_LOST', `Lost the lease on bulk job ${jobId}; another worker has taken it`);
    this.jobId = jobId;
  }
}
