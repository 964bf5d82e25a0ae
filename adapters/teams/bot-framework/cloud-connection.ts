import {
  ActivityTypes,
  CloudAdapter,
  TurnContext,
  type Activity,
  type ConversationReference,
} from 'botbuilder';
import type { AuthenticateRequestResult } from 'botframework-connector';

import type { TeamsSettings } from '../../../src/config.js';
import type { Logger } from '../../../src/log.js';
import { callerProblem } from '../caller-check.js';
import { TeamsDeliveryError } from '../teams-errors.js';
import type {
  ConversationRef,
  InvokeReply,
  ReceivedRequest,
  TeamsConnection,
} from '../teams-connection.js';
import { CHANNEL_TOKEN_ISSUER, createBotAuthentication } from './bot-authentication.js';

export interface CloudConnectionOptions {
  settings: TeamsSettings;
  logger: Logger;
  /** Used for the bot's token requests. */
  fetch?: typeof globalThis.fetch;
}

/** CloudAdapter with its activity pipeline reachable after Frontdesk's own request checks. */
class CheckedCloudAdapter extends CloudAdapter {
  runAuthenticated(
    result: AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ) {
    return this.processActivity(result, activity, logic);
  }
}

function isActivity(body: unknown): body is Activity {
  if (typeof body !== 'object' || body === null) return false;
  const { type, serviceUrl, conversation } = body as Record<string, unknown>;
  return (
    typeof type === 'string' &&
    typeof serviceUrl === 'string' &&
    typeof (conversation as { id?: unknown } | undefined)?.id === 'string'
  );
}

function statusOf(error: unknown): number | null {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' ? status : null;
}

/**
 * Creates the Teams connection on botbuilder 4.23's CloudAdapter. Each request's token is checked by
 * botbuilder (signature, issuer, audience, service URL), then by `callerProblem` (Bot Connector
 * issuer, tenant), before the activity reaches the adapter's pipeline.
 */
export function createCloudConnection(options: CloudConnectionOptions): TeamsConnection {
  const { settings } = options;
  const { logger } = options;
  const authentication = createBotAuthentication(options);
  const adapter = new CheckedCloudAdapter(authentication);

  async function authenticate(
    activity: Activity,
    authorization: string | undefined,
  ): Promise<AuthenticateRequestResult | null> {
    let result: AuthenticateRequestResult;
    try {
      result = await authentication.authenticateRequest(activity, authorization ?? '');
    } catch (error) {
      // botbuilder raises plain errors as well as AuthenticationError (a known kid with a bad
      // signature, for one), and every one of them means the caller is not the Bot Connector.
      const reason = error instanceof Error ? error.message : 'unknown';
      logger.warn({ reason, activityType: activity.type }, 'teams request rejected');
      return null;
    }
    const problem = callerProblem(
      activity,
      (type) => {
        const value: unknown = result.claimsIdentity.getClaimValue(type);
        return typeof value === 'string' ? value : null;
      },
      { issuer: CHANNEL_TOKEN_ISSUER, tenantId: settings.tenantId },
    );
    if (problem !== null) {
      logger.warn({ reason: problem, activityType: activity.type }, 'teams request rejected');
      return null;
    }
    return result;
  }

  async function inConversation(
    reference: ConversationRef,
    work: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    await adapter.continueConversationAsync(
      settings.appId,
      reference as Partial<ConversationReference>,
      work,
    );
  }

  return {
    async receive(request: ReceivedRequest, handler): Promise<InvokeReply> {
      if (!isActivity(request.body)) return { status: 400 };
      const activity = request.body;
      const authenticated = await authenticate(activity, request.authorization);
      if (authenticated === null) return { status: 401 };

      const response = await adapter.runAuthenticated(authenticated, activity, async (context) => {
        const reference = TurnContext.getConversationReference(context.activity);
        const reply = await handler(context.activity, reference as ConversationRef);
        if (context.activity.type === 'invoke' && reply !== null) {
          await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: reply });
        }
      });
      return response === undefined
        ? { status: 200 }
        : { status: response.status, body: response.body };
    },

    async send(reference, activity) {
      let id: string | null = null;
      try {
        await inConversation(reference, async (context) => {
          id = (await context.sendActivity(activity))?.id ?? null;
        });
      } catch (error) {
        throw new TeamsDeliveryError('send', reference.conversation.id, statusOf(error), error);
      }
      return id;
    },

    async update(reference, messageId, activity) {
      try {
        await inConversation(reference, async (context) => {
          await context.updateActivity({ ...activity, id: messageId });
        });
      } catch (error) {
        throw new TeamsDeliveryError('update', reference.conversation.id, statusOf(error), error);
      }
    },
  };
}
