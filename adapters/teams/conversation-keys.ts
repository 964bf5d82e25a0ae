import { conversationKey, type ConversationAddress } from '../../src/bot/replies.js';

/**
 * The channel or chat a Teams conversation id belongs to. A channel thread's id is the channel's
 * id followed by ";messageid=<root message>", and Frontdesk keeps one state per channel.
 */
export function baseConversationId(conversationId: string): string {
  return conversationId.split(';')[0]!;
}

export function teamsConversation(conversationId: string): ConversationAddress {
  return { platform: 'teams', channelId: baseConversationId(conversationId) };
}

export function teamsConversationKey(conversationId: string): string {
  return conversationKey(teamsConversation(conversationId));
}
