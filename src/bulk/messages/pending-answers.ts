import { clickElsewhere } from '../../bot/channel-binding.js';
import type { ExtensionContext } from '../../bot/extension.js';
import {
  conversationKey,
  text,
  type ActionResult,
  type IncomingMessage,
  type Reply,
} from '../../bot/replies.js';
import type { BulkServices } from './bulk-services.js';
import { cancelJob, queue, sendJob } from './job-actions.js';

const CANCEL = /^(?:cancel|never ?mind|stop|forget it|no)[.!]?$/i;
const YES = /^(?:yes|y|ok|okay|confirm|send|go ahead)[.!]?$/i;
const NUMBER = /^\d[\d,]*$/;

/**
 * Reads the message after a bulk preview or a Purge click: "cancel", a purge's typed count, or
 * "yes" in the console. After a Purge click, any other message from the person who clicked gets
 * the question again. After a preview, it drops the question and goes on to the core.
 */
export async function answerPending(
  message: IncomingMessage,
  context: ExtensionContext,
  services: BulkServices,
): Promise<Reply[] | null> {
  const key = conversationKey(message.conversation);
  const pending = await services.pending.get(key);
  if (pending === null) return null;
  const job = await services.jobs.getJob(pending.jobId);
  const input = message.text.trim();
  if (job === null || job.status !== 'preview') {
    await services.pending.clear(key);
    return null;
  }

  const { actor, conversation } = message;
  if (context.binding !== null && job.siteId !== context.binding.siteId) {
    // A preview shown before an approver bound the conversation to another site.
    await services.pending.clear(key);
    const site = (await services.sites.site(job.siteId))?.name ?? `site ${job.siteId}`;
    return [text(clickElsewhere(context.binding, site))];
  }
  if (CANCEL.test(input))
    return asReplies(await cancelJob(job, actor, conversation, context.now, services));

  if (pending.expects === 'count' && !NUMBER.test(input)) {
    // Others in a shared channel keep talking: their messages go on, and the question stays.
    if (actor.id !== pending.actorId) return null;
    // The count is the purge's last safeguard, so a stray word from the person who clicked Purge
    // keeps the question open. Only a number or "cancel" ends it.
    const expected = (await services.jobs.countRows(job.id)).ready;
    return [text(`Type the number of residents, ${expected}, to purge them, or cancel.`)];
  }
  if (pending.expects === 'count') {
    // Only the approver who clicked Purge may finish it: the platform checked the click, not this text.
    if (actor.id !== pending.actorId) {
      return [text('Only the person who clicked Purge can type the number. Nothing was purged.')];
    }
    const typed = Number(input.replace(/,/g, ''));
    const expected = (await services.jobs.countRows(job.id)).ready;
    if (typed !== expected) {
      return [
        text(
          `${typed} is not the number of residents to purge. Nothing was purged. Type ${expected} to purge them, or "cancel".`,
        ),
      ];
    }
    return asReplies(await queue(job, actor, conversation, context.now, services));
  }

  // The console has no approvers, so "yes" there stands for the preview's main button.
  if (pending.expects === 'send' && conversation.platform === 'console' && YES.test(input)) {
    return asReplies(await sendJob(job, actor, conversation, context.now, services));
  }
  await services.pending.clear(key);
  return null;
}

function asReplies(result: ActionResult): Reply[] {
  const update: Reply[] = result.update === null ? [] : [{ kind: 'card', card: result.update }];
  return [...update, ...result.replies];
}
