import { FrontdeskError } from '../../src/errors.js';

/** A playground request rejected before it reached the core, with the HTTP status to send. */
export class WebRequestError extends FrontdeskError {
  readonly status: number;

  constructor(status: number, message: string) {
    super('WEB_REQUEST_REJECTED', message);
    this.status = status;
  }
}
