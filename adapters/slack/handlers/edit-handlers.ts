import { createHash } from 'node:crypto';

import type { App } from '@slack/bolt';

import type { EditResult } from '../../../src/bot/frontdesk.js';
import type { Logger } from '../../../src/log.js';
import { renderCard } from '../block-kit/card-blocks.js';
import {
  decodeEditTarget,
  EDIT_VIEW_CALLBACK,
  loadingModal,
  renderEditModal,
  searchUnitOptions,
  unavailableModal,
  UNIT_SEARCH_ACTION,
  type EditTarget,
} from '../block-kit/edit-modal.js';
import { deliverReplies, type ReplyTarget } from '../reply-delivery.js';
import type { ClickedMessage } from './clicked-message.js';
import { replaceClicked } from './clicked-message.js';
import {
  actorFor,
  GENERIC_FAILURE,
  slackConversation,
  tellUser,
  type HandlerContext,
} from './handler-context.js';
import { readEditSubmission } from './read-interaction.js';

/**
 * Opens the edit modal. A placeholder opens first because the click's trigger_id expires after
 * 3 seconds, and loading the form may read the site's units from ElevenOS.
 */
export async function openEditModal(
  context: HandlerContext,
  triggerId: string,
  proposalId: string,
  clicked: ClickedMessage,
): Promise<void> {
  const target: EditTarget = {
    proposalId,
    channelId: clicked.channelId,
    messageTs: clicked.ts,
    responseUrl: clicked.responseUrl,
  };
  const opened = await context.messenger.openView(triggerId, loadingModal(target));
  const form = await context.frontdesk.editForm(proposalId);
  if (opened === null) return;
  await context.messenger.updateView(
    opened.id,
    form === null ? unavailableModal(target) : renderEditModal(form, target),
  );
}

type Settled<T> = { done: true; value: T } | { done: false };

async function within<T>(promise: Promise<T>, ms: number): Promise<Settled<T>> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Settled<T>>((resolve) => {
    timer = setTimeout(() => resolve({ done: false }), ms);
  });
  try {
    return await Promise.race([promise.then((value) => ({ done: true as const, value })), late]);
  } finally {
    clearTimeout(timer);
  }
}

async function applyEdit(
  context: HandlerContext,
  target: EditTarget,
  userId: string,
  result: EditResult,
  logger: Logger,
): Promise<void> {
  const replyTarget: ReplyTarget = { channelId: target.channelId, userId, direct: false };
  if (result.kind === 'errors') {
    const problems = Object.values(result.errors).join(' ');
    await tellUser(context, replyTarget, `The proposal was not changed: ${problems}`);
    return;
  }
  const { update, replies } = result.result;
  if (update !== null) {
    const message = renderCard(update);
    if (target.messageTs !== null || target.responseUrl !== null) {
      const clicked: ClickedMessage = {
        channelId: target.channelId,
        ts: target.messageTs,
        threadTs: undefined,
        responseUrl: target.responseUrl ?? '',
        blocks: [],
        text: '',
      };
      await replaceClicked(context.messenger, clicked, message, logger);
    } else {
      await deliverReplies(context.messenger, replyTarget, [{ kind: 'card', card: update }]);
    }
  }
  await deliverReplies(context.messenger, replyTarget, replies);
}

function submissionKey(viewId: string, state: unknown): string {
  // Slack keeps the view id and hash when staff correct a rejected form, so the values are part
  // of the key: a redelivery matches, a corrected submission does not.
  const digest = createHash('sha256')
    .update(JSON.stringify(state) ?? '')
    .digest('hex')
    .slice(0, 32);
  return `slack:view:${viewId}:${digest}`;
}

/** Registers the edit modal's submission (field errors stay in the modal) and its unit search. */
export function registerEditHandlers(app: App, context: HandlerContext): void {
  app.view(EDIT_VIEW_CALLBACK, async ({ ack, body, view }) => {
    const submitted = readEditSubmission(body, view);
    if (submitted === null) {
      await ack();
      return;
    }
    const { target, userId } = submitted;
    const key = submissionKey(submitted.viewId, submitted.state);
    const logger = context.logger.child({ deliveryKey: key });
    if (!(await context.deliveries.claim(key))) {
      await ack();
      return;
    }
    if (!(await context.approvers.mayConfirm(userId))) {
      await ack();
      await context.work.run(async () => {
        await tellUser(
          context,
          { channelId: target.channelId, userId, direct: false },
          context.approvers.refusal(),
        );
        await context.deliveries.finish(key, 'done');
      });
      return;
    }

    const submission = context.frontdesk.submitEdit({
      actor: actorFor(userId),
      conversation: slackConversation(target.channelId),
      proposalId: target.proposalId,
      values: submitted.values,
    });
    // Field errors must travel in the ack itself, so the handler waits for the core until close to
    // Slack's 3-second limit. A slower result closes the modal and arrives as a message.
    const early = await within(submission, context.editDeadlineMs).catch(
      () => ({ done: false }) as const,
    );
    if (early.done && early.value.kind === 'errors') {
      await ack({ response_action: 'errors', errors: early.value.errors });
      await context.deliveries.finish(key, 'failed');
      return;
    }
    await ack();

    await context.work.run(async () => {
      try {
        await applyEdit(context, target, userId, await submission, logger);
        await context.deliveries.finish(key, 'done');
      } catch (error) {
        logger.error({ err: error }, 'edit submission failed');
        await context.deliveries.finish(key, 'failed');
        await tellUser(
          context,
          { channelId: target.channelId, userId, direct: false },
          GENERIC_FAILURE,
        ).catch((tellError: unknown) => logger.warn({ err: tellError }, 'failure notice not sent'));
      }
    });
  });

  app.options<'block_suggestion'>({ action_id: UNIT_SEARCH_ACTION }, async ({ ack, body }) => {
    const metadata = body.view?.private_metadata;
    const target = metadata === undefined ? null : decodeEditTarget(metadata);
    const form = target === null ? null : await context.frontdesk.editForm(target.proposalId);
    await ack({ option_groups: form === null ? [] : searchUnitOptions(form, body.value) });
  });
}
