import { randomUUID } from 'node:crypto';

import type { ExtensionContext, FrontdeskExtension } from '../bot/extension.js';
import {
  conversationKey,
  text,
  type ActionResult,
  type ConversationAddress,
  type IncomingAction,
  type Reply,
} from '../bot/replies.js';
import { applyChanges } from './apply-changes.js';
import { parseDigestCommand, readDigestChanges, type DigestCommand } from './digest-command.js';
import { createRunRepository } from './run-repository.js';
import { settingsReply, settingsView } from './settings-reply.js';
import { createSubscriptionRepository } from './subscription-repository.js';
import type { DigestSubscription } from './subscription.js';
import { DIGEST_USAGE, NO_DIGEST } from './usage.js';

type Verb = 'now' | 'pause' | 'resume' | 'off' | 'settings';

// NOTE: only a worker process that reaches the channel's platform posts the request. Until one
// runs, the request waits, and a worker that starts after the grace period logs it as missed.
const QUEUED =
  'The digest is on its way: the worker posts it in this channel within a minute. The schedule stays as it is.';

/** Carries out a verb on the channel's digest and returns the reply to show. */
async function runVerb(
  verb: Verb,
  subscription: DigestSubscription,
  context: ExtensionContext,
): Promise<Reply> {
  const subscriptions = createSubscriptionRepository(context.store.db);
  const fields = { subscriptionId: subscription.id, verb };
  switch (verb) {
    case 'now':
      await createRunRepository(context.store.db).addPending(
        subscription.id,
        'manual',
        context.now,
        context.now,
      );
      context.logger.info(fields, 'digest post requested');
      return text(QUEUED);
    case 'pause':
      await subscriptions.setStatus(subscription.id, 'paused', context.now);
      context.logger.info(fields, 'digest paused');
      return settingsReply(
        (await subscriptions.findById(subscription.id))!,
        context,
        'Digest paused',
      );
    case 'resume':
      await subscriptions.setStatus(subscription.id, 'active', context.now);
      context.logger.info(fields, 'digest resumed');
      return settingsReply(
        (await subscriptions.findById(subscription.id))!,
        context,
        'Digest resumed',
      );
    case 'off':
      await subscriptions.remove(subscription.id);
      context.logger.info(fields, 'digest turned off');
      return text('The digest is off for this channel. "digest daily 8am" sets up a new one.');
    case 'settings':
      return settingsReply(subscription, context);
  }
}

async function handleCommand(
  command: DigestCommand,
  conversation: ConversationAddress,
  actorId: string,
  context: ExtensionContext,
  newId: () => string,
): Promise<Reply[]> {
  switch (command.kind) {
    case 'help':
      return [text(DIGEST_USAGE)];
    case 'invalid':
      return [text(`I couldn't use that digest command: ${command.problem}.\n\n${DIGEST_USAGE}`)];
    case 'set':
      return applyChanges({ changes: command.changes, conversation, actorId, newId }, context);
    default: {
      const subscription = await createSubscriptionRepository(context.store.db).find(
        conversationKey(conversation),
      );
      if (subscription === null) return [text(NO_DIGEST)];
      return [await runVerb(command.kind, subscription, context)];
    }
  }
}

const ACTION_VERBS: Record<string, Verb> = {
  digest_now: 'now',
  digest_pause: 'pause',
  digest_resume: 'resume',
  digest_settings: 'settings',
};

async function handleClick(
  action: IncomingAction,
  context: ExtensionContext,
): Promise<ActionResult> {
  const verb = ACTION_VERBS[action.actionId];
  if (verb === undefined)
    return { update: null, replies: [text('That button is no longer supported.')] };
  const [id, origin] = action.value.split(':');
  const subscription = await createSubscriptionRepository(context.store.db).find(
    conversationKey(action.conversation),
  );
  // A card from before "digest off" names a subscription the channel no longer has.
  if (subscription === null || subscription.id !== id) {
    return { update: null, replies: [text(NO_DIGEST)] };
  }

  const reply = await runVerb(verb, subscription, context);
  if (origin === 'settings' && verb !== 'now') {
    const card = reply.kind === 'card' ? reply.card : await settingsView(subscription, context);
    return { update: card, replies: [] };
  }
  return { update: null, replies: [reply] };
}

/**
 * Channel digests: "digest …" commands, the digest intents of the parser and the buttons on
 * digest and settings cards. The worker task posts the digests.
 */
export function createDigestExtension(options: { newId?: () => string } = {}): FrontdeskExtension {
  const newId = options.newId ?? randomUUID;
  return {
    name: 'digest',
    // Digests read ElevenOS and never change it, so anyone in the channel may use the buttons.
    writeActions: [],
    intents: ['digest_subscribe', 'digest_unsubscribe'],

    async handleMessage(message, context) {
      const command = parseDigestCommand(message.text);
      if (command === null) return null;
      return handleCommand(command, message.conversation, message.actor.id, context, newId);
    },

    async handleIntent(parsed, message, context) {
      if (parsed.intent === 'digest_unsubscribe') {
        return handleCommand(
          { kind: 'off' },
          message.conversation,
          message.actor.id,
          context,
          newId,
        );
      }
      const read = readDigestChanges(message.text, { lenient: true });
      if ('problem' in read || read.changes.time === undefined) return [text(DIGEST_USAGE)];
      return handleCommand(
        { kind: 'set', changes: read.changes },
        message.conversation,
        message.actor.id,
        context,
        newId,
      );
    },

    handleAction: handleClick,
  };
}
