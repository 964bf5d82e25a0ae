import { FrontdeskError } from '../../src/errors.js';

/** Teams' Bot Connector did not take a message or an update, after the SDK's own retries. */
export class TeamsDeliveryError extends FrontdeskError {
  /** The connector's HTTP status, or null when no response came. */
  readonly status: number | null;

  constructor(
    operation: 'send' | 'update',
    conversationId: string,
    status: number | null,
    cause: unknown,
  ) {
    const answer = status === null ? 'no response' : `HTTP ${status}`;
    super(
      'TEAMS_DELIVERY_FAILED',
      `Teams did not accept the ${operation} in conversation ${conversationId} (${answer}).`,
      { cause },
    );
    this.status = status;
  }

  /** True when Teams refused the bot there for good: removed from the team, or the chat is gone. */
  get refused(): boolean {
    return this.status === 403 || this.status === 404;
  }
}

/** The bot could not get its own access token, so it cannot post to Teams. */
export class TeamsTokenError extends FrontdeskError {
  readonly status: number | null;

  constructor(tokenEndpoint: string, status: number | null, cause?: unknown) {
    const answer = status === null ? 'no response' : `HTTP ${status}`;
    super(
      'TEAMS_AUTH_FAILED',
      `Could not get the bot's token from ${tokenEndpoint} (${answer}). Check MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId.`,
      { cause },
    );
    this.status = status;
  }
}

const POST_FAILURES: Record<'no_reference' | 'stale' | 'refused' | 'error', string> = {
  no_reference: 'no conversation reference is stored; add Frontdesk to that channel or chat',
  stale: 'Teams refused an earlier post (bot removed or no access); add Frontdesk there again',
  refused: 'Teams refused the post (bot removed or no access); add Frontdesk there again',
  error: 'the Bot Connector did not take the message; see the log for its answer',
};

/** A post into a stored conversation, such as a digest, did not reach it. */
export class TeamsPostError extends FrontdeskError {
  readonly reason: keyof typeof POST_FAILURES;

  constructor(conversationKey: string, reason: keyof typeof POST_FAILURES) {
    super('TEAMS_DELIVERY_FAILED', `Not posted to ${conversationKey}: ${POST_FAILURES[reason]}.`);
    this.reason = reason;
  }
}
