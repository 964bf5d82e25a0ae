import { FrontdeskError } from '../../src/errors.js';

/** A response_url post that Slack did not accept, such as an expired URL (404). */
export class SlackDeliveryError extends FrontdeskError {
  readonly status: number;
  /** Seconds from the Retry-After of a 429 that was still refused after its retries. */
  readonly retryAfterSeconds: number | null;

  constructor(status: number, retryAfterSeconds: number | null = null) {
    super('SLACK_DELIVERY_FAILED', `Posting to a Slack response_url failed with HTTP ${status}`);
    this.status = status;
    this.retryAfterSeconds = status === 429 ? retryAfterSeconds : null;
  }
}

/** The startup check of the bot token (auth.test) failed. */
export class SlackAuthError extends FrontdeskError {
  constructor(cause: unknown) {
    super(
      'SLACK_AUTH_FAILED',
      'Slack rejected the bot token at startup (auth.test); check SLACK_BOT_TOKEN, and SLACK_API_URL if set',
      { cause },
    );
  }
}
