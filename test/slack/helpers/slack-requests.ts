import { createHmac } from 'node:crypto';

export const SIGNING_SECRET = 'test-signing-secret-0123456789';

export interface SignedResponse {
  status: number;
  body: string;
  /** Milliseconds from sending to the response's end. */
  elapsedMs: number;
}

/** Signs a body the way Slack does: v0 HMAC-SHA256 of "v0:timestamp:body". */
export function slackSignature(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  const digest = createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex');
  return `v0=${digest}`;
}

export interface SendOptions {
  /** Seconds since the epoch; now when absent. */
  timestamp?: number;
  signature?: string;
  headers?: Record<string, string>;
}

/** POSTs a signed request to the receiver's /slack/events. */
export async function sendToSlackEndpoint(
  baseUrl: string,
  body: string,
  contentType: 'application/json' | 'application/x-www-form-urlencoded',
  options: SendOptions = {},
): Promise<SignedResponse> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const started = Date.now();
  const response = await fetch(`${baseUrl}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': options.signature ?? slackSignature(body, timestamp),
      ...options.headers,
    },
    body,
  });
  const text = await response.text();
  return { status: response.status, body: text, elapsedMs: Date.now() - started };
}

/** Builds a slash command's form body as Slack posts it. */
export function slashCommandBody(fields: {
  text: string;
  userId?: string;
  channelId?: string;
  triggerId?: string;
  responseUrl: string;
}): string {
  return new URLSearchParams({
    token: 'deprecated-verification-token',
    team_id: 'TFAKE0001',
    team_domain: 'frontdesk-test',
    channel_id: fields.channelId ?? 'CFAKE0001',
    channel_name: 'front-office',
    user_id: fields.userId ?? 'UFAKEMARIA',
    user_name: 'maria',
    command: '/frontdesk',
    text: fields.text,
    api_app_id: 'AFAKE0001',
    response_url: fields.responseUrl,
    trigger_id: fields.triggerId ?? `trigger-${Math.random().toString(36).slice(2)}`,
  }).toString();
}

/** Encodes an interaction payload (block_actions, view_submission) as Slack posts it. */
export function interactionBody(payload: Record<string, unknown>): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** Builds the payload of a button click on a message in a channel. */
export function blockActionPayload(fields: {
  actionId: string;
  value: string;
  userId?: string;
  channelId?: string;
  messageTs: string;
  blocks?: unknown[];
  responseUrl: string;
  actionTs?: string;
  ephemeral?: boolean;
  triggerId?: string;
  label?: string;
}): Record<string, unknown> {
  const channelId = fields.channelId ?? 'CFAKE0001';
  return {
    type: 'block_actions',
    team: { id: 'TFAKE0001', domain: 'frontdesk-test' },
    user: { id: fields.userId ?? 'UFAKESAM01', username: 'sam', team_id: 'TFAKE0001' },
    api_app_id: 'AFAKE0001',
    token: 'deprecated-verification-token',
    container: {
      type: 'message',
      message_ts: fields.messageTs,
      channel_id: channelId,
      is_ephemeral: fields.ephemeral ?? false,
    },
    trigger_id: fields.triggerId ?? 'trigger-click',
    channel: { id: channelId, name: 'front-office' },
    message: { type: 'message', ts: fields.messageTs, text: 'card', blocks: fields.blocks ?? [] },
    response_url: fields.responseUrl,
    actions: [
      {
        type: 'button',
        action_id: fields.actionId,
        block_id: 'actions',
        text: { type: 'plain_text', text: fields.label ?? 'Confirm' },
        value: fields.value,
        action_ts: fields.actionTs ?? `${Date.now() / 1000}`,
      },
    ],
  };
}

/** Builds an Events API callback body as Slack posts it. */
export function eventBody(fields: { eventId: string; event: Record<string, unknown> }): string {
  return JSON.stringify({
    token: 'deprecated-verification-token',
    team_id: 'TFAKE0001',
    api_app_id: 'AFAKE0001',
    type: 'event_callback',
    event_id: fields.eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: 'TFAKE0001', user_id: 'UFAKEBOT01', is_bot: true }],
    event: fields.event,
  });
}

/** Builds the payload of a modal submission as Slack posts it. */
export function viewSubmissionPayload(fields: {
  privateMetadata: string;
  values: Record<string, Record<string, unknown>>;
  userId?: string;
  viewId?: string;
}): Record<string, unknown> {
  return {
    type: 'view_submission',
    team: { id: 'TFAKE0001', domain: 'frontdesk-test' },
    user: { id: fields.userId ?? 'UFAKESAM01', name: 'sam', team_id: 'TFAKE0001' },
    api_app_id: 'AFAKE0001',
    token: 'deprecated-verification-token',
    trigger_id: 'trigger-submit',
    view: {
      id: fields.viewId ?? 'VFAKE0001',
      type: 'modal',
      callback_id: 'fd.edit',
      private_metadata: fields.privateMetadata,
      hash: 'hash-fake',
      blocks: [],
      state: { values: fields.values },
    },
  };
}
