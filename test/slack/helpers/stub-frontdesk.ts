import type { EditResult, EditSubmission, Frontdesk } from '../../../src/bot/frontdesk.js';
import type { EditForm } from '../../../src/bot/edit-form.js';
import type {
  ActionResult,
  Card,
  IncomingAction,
  IncomingMessage,
  Reply,
} from '../../../src/bot/replies.js';

/** Builds a proposal card like the core's, with Confirm, Edit and Cancel. */
export function proposalCard(proposalId = 'proposal-1'): Card {
  return {
    title: 'Move in Jane Doe → Hudson 102 (floor 1) · Hudson Yards',
    fields: [{ label: 'Wi-Fi starts', value: 'Mon, Mar 1, 2027, 6:00 AM EST (11:00 UTC)' }],
    notes: ['Asked by <@UFAKEMARIA>'],
    actions: [
      { id: 'confirm', label: 'Confirm', style: 'primary', value: proposalId },
      { id: 'edit', label: 'Edit', style: 'default', value: proposalId },
      { id: 'cancel', label: 'Cancel', style: 'default', value: proposalId },
    ],
    fallbackText: 'Move in Jane Doe → Hudson 102',
    tone: 'info',
  };
}

/** A Frontdesk stand-in that replies as a test scripts and records every call. */
export interface StubFrontdesk extends Frontdesk {
  messages: IncomingMessage[];
  actions: IncomingAction[];
  submissions: EditSubmission[];
}

export function stubFrontdesk(script: {
  onMessage?: (message: IncomingMessage) => Promise<Reply[]>;
  onAction?: (action: IncomingAction) => Promise<ActionResult>;
  form?: EditForm | null;
  onSubmit?: (submission: EditSubmission) => Promise<EditResult>;
}): StubFrontdesk {
  const stub: StubFrontdesk = {
    messages: [],
    actions: [],
    submissions: [],
    async handleMessage(message) {
      stub.messages.push(message);
      return script.onMessage?.(message) ?? [{ kind: 'card', card: proposalCard() }];
    },
    isWriteAction: (actionId) => ['confirm', 'confirm_purge', 'retry', 'undo'].includes(actionId),
    async handleAction(action) {
      stub.actions.push(action);
      return script.onAction?.(action) ?? { update: null, replies: [] };
    },
    editForm: () => Promise.resolve(script.form ?? null),
    async submitEdit(submission) {
      stub.submissions.push(submission);
      return (
        script.onSubmit?.(submission) ?? { kind: 'done', result: { update: null, replies: [] } }
      );
    },
  };
  return stub;
}
