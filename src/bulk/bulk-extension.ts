import { randomUUID } from 'node:crypto';

import type { FrontdeskExtension } from '../bot/extension.js';
import { text } from '../bot/replies.js';
import type { ExtensionDependencies } from '../extensions.js';
import type { BulkServices } from './messages/bulk-services.js';
import { importCommand, isImportCommand } from './messages/import-command.js';
import { cancelJob, lateClick, problemsFile, sendJob } from './messages/job-actions.js';
import { currentCard } from './messages/job-views.js';
import { answerPending } from './messages/pending-answers.js';
import { sentenceCommand } from './messages/sentence-command.js';
import { readBulkSentence } from './sentences/read-bulk-sentence.js';
import { createBulkJobStore } from './store/job-store.js';
import { createBulkPendingStore } from './store/pending-store.js';

/**
 * Bulk work in chat: `import <file>` and sentences such as "move out everyone on Riverside
 * floor 2 on Dec 31" show a checked preview; Send queues the job for the worker.
 */
export function createBulkExtension(
  dependencies: ExtensionDependencies,
  options: { newId?: () => string } = {},
): FrontdeskExtension {
  const services: BulkServices = {
    client: dependencies.client,
    sites: dependencies.sites,
    jobs: createBulkJobStore(dependencies.store),
    pending: createBulkPendingStore(dependencies.store),
    audit: dependencies.audit,
    logger: dependencies.logger.child({ extension: 'bulk' }),
    dayFirstSites: dependencies.config.dayFirstSites,
    previewTtlMs: dependencies.config.proposalTtlMs,
    newId: options.newId ?? randomUUID,
  };

  return {
    name: 'bulk',
    writeActions: ['bulk_send', 'bulk_purge'],

    async handleMessage(message, context) {
      const answered = await answerPending(message, context, services);
      if (answered !== null) return answered;
      const input = message.text.trim();
      if (isImportCommand(input)) return importCommand(message, context, services);
      const sentence = readBulkSentence(input);
      if (sentence !== null) return sentenceCommand(sentence, message, context, services);
      return null;
    },

    async siteOfAction(action) {
      return (await services.jobs.getJob(action.value))?.siteId ?? null;
    },

    async handleAction(action, context) {
      const job = await services.jobs.getJob(action.value);
      if (job === null) return lateClick(null, context.now, services);
      const { actor, conversation } = action;
      switch (action.actionId) {
        case 'bulk_send':
        case 'bulk_purge':
          return sendJob(job, actor, conversation, context.now, services);
        case 'bulk_cancel':
          return cancelJob(job, actor, conversation, context.now, services);
        case 'bulk_problems':
          return problemsFile(job, services);
        case 'bulk_status':
          return { update: await currentCard(job, services, context.now), replies: [] };
        default:
          return { update: null, replies: [text('That button is no longer supported.')] };
      }
    },
  };
}
