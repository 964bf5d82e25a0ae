import { randomUUID } from 'node:crypto';

import { APP_ID, TENANT_ID } from './fake-identity.js';

export const BOT_ID = `28:${APP_ID}`;
export const USER = { id: '29:fake-user-maria', name: 'Maria Lopez', aadObjectId: 'aad-maria' };
export const OTHER_USER = { id: '29:fake-user-sam', name: 'Sam Park', aadObjectId: 'aad-sam' };
export const PERSONAL_CHAT = 'a:fake-personal-chat';
export const CHANNEL = '19:fake-channel@thread.tacv2';

export interface ActivityOptions {
  serviceUrl: string;
  conversationId?: string;
  conversationType?: 'personal' | 'channel' | 'groupChat';
  tenantId?: string;
  from?: { id: string; name: string; aadObjectId: string };
}

function envelope(options: ActivityOptions) {
  const tenantId = options.tenantId ?? TENANT_ID;
  return {
    id: `activity-${randomUUID()}`,
    channelId: 'msteams',
    serviceUrl: options.serviceUrl,
    timestamp: new Date().toISOString(),
    from: options.from ?? USER,
    recipient: { id: BOT_ID, name: 'Frontdesk' },
    conversation: {
      id: options.conversationId ?? PERSONAL_CHAT,
      conversationType: options.conversationType ?? 'personal',
      tenantId,
    },
    channelData: { tenant: { id: tenantId } },
  };
}

export function messageActivity(text: string, options: ActivityOptions) {
  return { ...envelope(options), type: 'message', text, textFormat: 'plain' };
}

/** Builds a channel message that @mentions the bot, as Teams sends it. */
export function mentionActivity(command: string, options: ActivityOptions) {
  const mention = '<at>Frontdesk</at>';
  return {
    ...envelope({ conversationType: 'channel', conversationId: CHANNEL, ...options }),
    type: 'message',
    text: `${mention} ${command}`,
    entities: [{ type: 'mention', text: mention, mentioned: { id: BOT_ID, name: 'Frontdesk' } }],
  };
}

export function cardActionActivity(
  verb: string,
  data: unknown,
  replyToId: string,
  options: ActivityOptions,
) {
  return {
    ...envelope(options),
    type: 'invoke',
    name: 'adaptiveCard/action',
    replyToId,
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
}

export function installationActivity(action: 'add' | 'remove', options: ActivityOptions) {
  return { ...envelope(options), type: 'installationUpdate', action };
}

export function membersAddedActivity(options: ActivityOptions) {
  return { ...envelope(options), type: 'conversationUpdate', membersAdded: [{ id: BOT_ID }] };
}

export function membersRemovedActivity(options: ActivityOptions) {
  return { ...envelope(options), type: 'conversationUpdate', membersRemoved: [{ id: BOT_ID }] };
}
