import { EDIT_FIELDS, type EditValues } from '../../../src/bot/edit-form.js';
import type { ActionResult, Card, IncomingAction, Reply } from '../../../src/bot/replies.js';
import type { Logger } from '../../../src/log.js';
import { renderCard } from '../cards/adaptive-card.js';
import { renderEditForm } from '../cards/edit-form-card.js';
import { teamsConversation } from '../conversation-keys.js';
import { readCardClick, readFormValues } from '../read-card-click.js';
import { cardInvokeReply, coreCardActivity, messageInvokeReply } from '../reply-activity.js';
import type { ConversationRef, InvokeReply, TeamsActivity } from '../teams-connection.js';
import {
  actorOf,
  GENERIC_FAILURE,
  reportFailure,
  sendReplies,
  type TeamsContext,
} from './teams-context.js';

interface Click {
  activity: TeamsActivity;
  reference: ConversationRef;
  /** The message the card is on. */
  messageId: string | undefined;
  value: string;
  label: string;
  /** The clicked card, when its seal holds. */
  source: Card | null;
  data: Record<string, unknown>;
  logger: Logger;
}

function badRequest(message: string): InvokeReply {
  return {
    status: 400,
    body: {
      statusCode: 400,
      type: 'application/vnd.microsoft.error',
      value: { code: 'BadRequest', message },
    },
  };
}

/** Returns the card once the click is decided, with a note and no buttons to click again. */
function settled(card: Card, note: string): Card {
  return { ...card, notes: [...card.notes, note], actions: [] };
}

function workingNote(click: Click, id: string, actor: string): string {
  if (id === 'undo') return `${actor} asked to undo this; working…`;
  if (id === 'answer') return `${actor} picked ${click.label}`;
  return `Working: ${actor} clicked ${click.label}; sending to ElevenOS…`;
}

/** Returns the card that replaces the clicked one, or null when it stays as it is. */
function resultCard(click: Click, id: string, result: ActionResult): Card | null {
  if (result.update !== null) return result.update;
  if (id !== 'answer' || click.source === null) return null;
  return settled(click.source, `${actorOf(click.activity).displayName} picked ${click.label}`);
}

/** Shows `card` to everyone in place of the clicked one, then posts the replies. */
async function applyResult(
  context: TeamsContext,
  click: Click,
  card: Card | null,
  replies: Reply[],
): Promise<void> {
  if (card !== null && click.messageId !== undefined) {
    await context.updates.replace(
      click.reference,
      click.messageId,
      coreCardActivity(card, context.seal),
    );
  }
  await sendReplies(context, click.reference, replies);
}

/** Runs `applyResult` after the invoke response, reporting a failure in the conversation. */
function applyInBackground(
  context: TeamsContext,
  click: Click,
  result: () => Promise<[Card | null, Reply[]]>,
): void {
  void context.work.run(async () => {
    try {
      const [card, replies] = await result();
      await applyResult(context, click, card, replies);
    } catch (error) {
      click.logger.error({ err: error }, 'card action failed');
      await reportFailure(context, click.reference, click.logger);
    }
  });
}

/**
 * Runs a button of a core card. The core gets `actionDeadlineMs` to decide, and a decision in
 * time comes back in the invoke response. A slower one shows a working card first and replaces
 * it when done, so Teams never waits on ElevenOS.
 */
async function runAction(context: TeamsContext, click: Click, id: string): Promise<InvokeReply> {
  const action: IncomingAction = {
    actor: actorOf(click.activity, context.approvers),
    conversation: teamsConversation(click.activity.conversation.id),
    actionId: id,
    value: click.value,
  };
  const decision = context.work.run(() => context.frontdesk.handleAction(action));
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), context.actionDeadlineMs);
  });
  const first = await Promise.race([decision.catch(() => null), deadline]);
  clearTimeout(timer);

  if (first !== 'late') {
    if (first === null) {
      click.logger.error(
        { err: await decision.catch((error: unknown) => error) },
        'card action failed',
      );
      void context.work.run(() => reportFailure(context, click.reference, click.logger));
      return messageInvokeReply(GENERIC_FAILURE);
    }
    const card = resultCard(click, id, first);
    applyInBackground(context, click, () => Promise.resolve([card, first.replies]));
    if (card !== null) return cardInvokeReply(renderCard(card, context.seal));
    return click.source === null
      ? messageInvokeReply('Done.')
      : cardInvokeReply(renderCard(click.source, context.seal));
  }

  click.logger.info({ actionId: id }, 'card action still running; showing a working card');
  const working =
    click.source === null
      ? null
      : settled(click.source, workingNote(click, id, action.actor.displayName));
  if (working !== null && click.messageId !== undefined) {
    void context.work.run(() =>
      context.updates.replace(
        click.reference,
        click.messageId!,
        coreCardActivity(working, context.seal),
      ),
    );
  }
  applyInBackground(context, click, async () => {
    const result = await decision;
    return [resultCard(click, id, result), result.replies];
  });
  return working === null
    ? messageInvokeReply('Working on it: sending to ElevenOS…')
    : cardInvokeReply(renderCard(working, context.seal));
}

async function openEditForm(context: TeamsContext, click: Click): Promise<InvokeReply> {
  const form = await context.frontdesk.editForm(click.value);
  if (form === null || click.source === null) {
    // The proposal can no longer be edited, so the core explains why and shows its state.
    return runAction(context, click, 'edit');
  }
  return cardInvokeReply(renderEditForm(form, click.source, context.seal));
}

function submittedValues(data: Record<string, unknown>): EditValues {
  return readFormValues(data, EDIT_FIELDS);
}

async function saveEditForm(context: TeamsContext, click: Click): Promise<InvokeReply> {
  const values = submittedValues(click.data);
  const result = await context.frontdesk.submitEdit({
    actor: actorOf(click.activity, context.approvers),
    conversation: teamsConversation(click.activity.conversation.id),
    proposalId: click.value,
    values,
  });
  if (result.kind === 'errors') {
    const form = await context.frontdesk.editForm(click.value);
    if (form !== null && click.source !== null) {
      click.logger.info({ fields: Object.keys(result.errors) }, 'edit form rejected');
      return cardInvokeReply(
        renderEditForm(
          { ...form, values: { ...form.values, ...values } },
          click.source,
          context.seal,
          result.errors,
        ),
      );
    }
    return messageInvokeReply('This proposal can no longer be edited. Send the command again.');
  }
  const card = result.result.update;
  applyInBackground(context, click, () => Promise.resolve([card, result.result.replies]));
  if (card !== null) return cardInvokeReply(renderCard(card, context.seal));
  return messageInvokeReply('Saved.');
}

/** Handles an `adaptiveCard/action` invoke, which is a click on one of Frontdesk's cards. */
export async function onCardAction(
  context: TeamsContext,
  activity: TeamsActivity,
  reference: ConversationRef,
): Promise<InvokeReply> {
  await context.references.remember(reference);
  const clicked = readCardClick(activity.value);
  if ('problem' in clicked) return badRequest(clicked.problem);
  const click: Click = {
    activity,
    reference,
    messageId: activity.replyToId,
    value: clicked.value,
    label: clicked.label,
    source: context.seal.open(clicked.source),
    data: clicked.data,
    logger: context.logger.child({ invokeId: activity.id, verb: clicked.verb }),
  };

  const gated =
    clicked.verb.kind === 'form'
      ? clicked.verb.step === 'save'
      : clicked.verb.id === 'edit' || context.frontdesk.isWriteAction(clicked.verb.id);
  if (gated && !context.approvers.mayConfirm(activity.from)) {
    click.logger.info(
      { userId: activity.from?.aadObjectId ?? null },
      'click rejected: user is not an approver',
    );
    return messageInvokeReply(context.approvers.refusal());
  }

  if (clicked.verb.kind === 'form') {
    if (clicked.verb.step === 'save') return saveEditForm(context, click);
    return click.source === null
      ? messageInvokeReply('Send the command again for a fresh card.')
      : cardInvokeReply(renderCard(click.source, context.seal));
  }
  if (clicked.verb.id === 'edit') return openEditForm(context, click);
  return runAction(context, click, clicked.verb.id);
}
