import { randomUUID } from 'node:crypto';

import type { ElevenOsClient } from '../elevenos/client.js';
import {
  type DescribeContext,
  type StaffAction,
  describeElevenOsError,
} from '../elevenos/describe-error.js';
import { ElevenOsError } from '../elevenos/errors.js';
import type { Site } from '../elevenos/types.js';
import type { Logger } from '../log.js';
import { messageTooLongReply } from '../limits.js';
import type { DateOrder, ParseContext, ParsedCommand } from '../parse/types.js';
import type { Proposal, ProposalOutcome } from '../proposals/types.js';
import type { Store } from '../store/store.js';
import { advanceDraft, type SiteContext } from './advance.js';
import { applyTextAnswer } from './answers.js';
import {
  applyEditValues,
  buildEditForm,
  type EditField,
  type EditForm,
  type EditValues,
} from './edit-form.js';
import {
  type Draft,
  type Question,
  draftFromAction,
  draftFromParse,
  strayContacts,
  isWriteIntent,
} from './draft.js';
import { executeAction, executeUndo } from './execute.js';
import { renderHelp, renderNotUnderstood } from './help.js';
import type { AuditEvent, AuditLog } from '../audit/audit-log.js';
import type { ExtensionContext, FrontdeskExtension } from './extension.js';
import type { Language } from './language.js';
import { decidedCard, openProposalCard, purgeCheckCard } from './proposal-card.js';
import {
  type ActionId,
  type ActionResult,
  type Card,
  CORE_ACTION_IDS,
  type IncomingAction,
  type IncomingMessage,
  type Reply,
  conversationKey,
  text,
} from './replies.js';
import type { SiteDirectory } from './site-directory.js';
import { todayIn } from './labels.js';
import { createReadCommands } from './read-commands.js';
import {
  type BoundSite,
  boundSiteOf,
  clickElsewhere,
  otherSiteNamed,
  unitElsewhere,
} from './channel-binding.js';
import { findSiteMention, unitMatchStrength } from './site-choice.js';
import { createSiteCommands } from './site-commands.js';
import { typedBuilding } from './unit-typo.js';

export interface FrontdeskOptions {
  client: ElevenOsClient;
  sites: SiteDirectory;
  store: Store;
  language: Language;
  logger: Logger;
  now?: () => Date;
  newId?: () => string;
  proposalTtlMs: number;
  undoWindowMs: number;
  /** Site id or name used where a conversation has chosen none. */
  defaultSite?: string | undefined;
  /** Sites (ids or names) whose staff write numeric dates day first, as in 4/5 for 4 May. */
  dayFirstSites?: string[];
  extensions?: FrontdeskExtension[];
  audit?: AuditLog;
  /** Called with each parsed command's intent, for metrics. */
  onCommand?: (intent: string) => void;
}

/** A question waiting for its answer, kept per conversation. */
interface PendingQuestion {
  id: string;
  draft: Draft;
  question: Question;
  /** Set when the question edits an open proposal. */
  editOf?: string;
}

export interface EditSubmission {
  actor: IncomingAction['actor'];
  conversation: IncomingAction['conversation'];
  proposalId: string;
  values: EditValues;
}

export type EditResult =
  | { kind: 'errors'; errors: Partial<Record<EditField, string>> }
  | { kind: 'done'; result: ActionResult };

export interface Frontdesk {
  handleMessage(message: IncomingMessage): Promise<Reply[]>;
  handleAction(action: IncomingAction): Promise<ActionResult>;
  /** The form for editing an open proposal, or null when it can no longer be edited. */
  editForm(proposalId: string): Promise<EditForm | null>;
  /** Applies an edit form: field errors, or the new proposal's card in place of the old one. */
  submitEdit(submission: EditSubmission): Promise<EditResult>;
  /** Whether clicking this action changes ElevenOS, so only approvers may click it. */
  isWriteAction(actionId: ActionId): boolean;
}

const CORE_WRITE_ACTIONS: ReadonlySet<ActionId> = new Set([
  'confirm',
  'confirm_purge',
  'retry',
  'undo',
]);

/**
 * How long a confirmation may stay in progress before another click may take it over. It is far
 * longer than the ElevenOS client's retry budget, so only a run whose process died is taken.
 */
const STALE_WORKING_MS = 5 * 60_000;

const CANCEL_WORDS = /^(cancel|never ?mind|stop|forget it|no)\.?$/i;

// The store keeps no list of a conversation's open cards, so the reply also covers a card that
// may be waiting. The core never cancels a card from typed text.
const NOTHING_TO_CANCEL =
  'Nothing to cancel: no question is waiting. To drop a card, use its Cancel button.';

/** Builds the platform-neutral bot: text and clicks in, replies and card updates out. */
export function createFrontdesk(options: FrontdeskOptions): Frontdesk {
  const { client, sites, store, language, logger } = options;
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? randomUUID;
  const extensions = options.extensions ?? [];

  function audit(
    kind: AuditEvent['kind'],
    at: Date,
    fields: Partial<Omit<AuditEvent, 'id' | 'kind' | 'at'>>,
  ): Promise<void> {
    if (options.audit === undefined) return Promise.resolve();
    return options.audit.record({
      kind,
      at,
      actor: fields.actor ?? null,
      conversationKey: fields.conversationKey ?? null,
      siteId: fields.siteId ?? null,
      proposalId: fields.proposalId ?? null,
      detail: fields.detail ?? {},
    });
  }

  async function extensionContext(key: string, at: Date): Promise<ExtensionContext> {
    return {
      client,
      sites,
      store,
      logger,
      now: at,
      site: await fixedSite(key, await sites.sites()),
      binding: await boundSiteOf(store, sites, key),
    };
  }

  const siteCommands = createSiteCommands({ sites, store, logger, audit });

  /** Records and returns a rejection of work on another site in a bound conversation. */
  async function rejectElsewhere(
    key: string,
    actor: IncomingMessage['actor'],
    bound: BoundSite,
    reply: string,
    at: Date,
  ): Promise<Reply[]> {
    logger.info({ conversation: key, siteId: bound.siteId }, 'rejected: channel bound to a site');
    await audit('refusal', at, {
      actor: actor.displayName,
      conversationKey: key,
      siteId: bound.siteId,
      detail: { reason: 'bound_site' },
    });
    return [text(reply)];
  }

  async function siteFor(key: string): Promise<Site> {
    const bound = await store.getChannelSite(key);
    const chosen =
      (bound === null ? null : await sites.site(bound)) ??
      (options.defaultSite === undefined ? null : await sites.findSite(options.defaultSite));
    const site = chosen ?? (await sites.sites())[0];
    if (site === undefined) throw new Error('The ElevenOS account has no sites');
    return site;
  }

  /** Returns the site a conversation is fixed to: bound with `use`, DEFAULT_SITE, or the only one. */
  async function fixedSite(key: string, all: Site[]): Promise<Site | null> {
    const bound = await store.getChannelSite(key);
    if (bound !== null) {
      const site = all.find((each) => each.siteId === bound);
      if (site !== undefined) return site;
    }
    if (options.defaultSite !== undefined) return sites.findSite(options.defaultSite);
    return all.length === 1 ? all[0]! : null;
  }

  /**
   * Decides which site a command is about: a site named in it, else the conversation's site,
   * else the one site whose units match. A unit found at several sites becomes a question.
   */
  async function chooseSite(
    key: string,
    input: string,
    at: Date,
  ): Promise<
    | { parsed: ParsedCommand; site: Site; fixed: boolean }
    | {
        parsed: ParsedCommand;
        fallback: { parsed: ParsedCommand; site: Site; fixed: boolean };
        reply: (message: IncomingMessage) => Promise<Reply[]>;
      }
  > {
    const all = await sites.sites();
    if (all.length === 0) throw new Error('The ElevenOS account has no sites');
    const mention = findSiteMention(input, all);
    const commandText = mention?.text ?? input;
    const fixed = mention?.site ?? (await fixedSite(key, all));
    if (fixed !== null) {
      return {
        parsed: language.parseCommand(commandText, await parseContext(fixed, at)),
        site: fixed,
        fixed: true,
      };
    }

    const parses = await Promise.all(
      all.map(async (site) => ({
        site,
        parsed: language.parseCommand(commandText, await parseContext(site, at)),
      })),
    );
    const scored = parses.map((each) => ({
      ...each,
      score: unitMatchStrength(each.parsed, commandText),
    }));
    const best = Math.max(...scored.map((each) => each.score));
    const hits = best === 0 ? [] : scored.filter((each) => each.score === best);
    const first = { ...(hits[0] ?? parses[0]!), fixed: hits.length === 1 };
    const intent = first.parsed.intent;
    if (hits.length < 2 || !(isWriteIntent(intent) || intent === 'lookup')) return first;

    const siteNames = hits.map((each) => each.site.name);
    return {
      parsed: first.parsed,
      fallback: first,
      reply: async (message) => {
        if (!isWriteIntent(intent)) {
          return [
            text(
              `That unit is at ${siteNames.join(' and ')}. Which site? Add "at <site>" to the question.`,
            ),
          ];
        }
        const pending: PendingQuestion = {
          id: newId(),
          draft: draftFromParse({ ...first.parsed, intent }, first.site.siteId, commandText),
          question: {
            text: `That unit is at ${siteNames.join(' and ')}. Which site?`,
            expects: 'site',
            choices: hits.map((each) => ({
              label: each.site.name,
              patch: draftFromParse({ ...each.parsed, intent }, each.site.siteId, commandText),
            })),
          },
        };
        await store.saveConversation(conversationKey(message.conversation), pending, at);
        return [{ kind: 'card', card: questionCard(pending) }];
      },
    };
  }

  function dateOrderOf(site: Site): DateOrder {
    const dayFirst = (options.dayFirstSites ?? []).some(
      (entry) => entry === site.siteId || entry.toLowerCase() === site.name.toLowerCase(),
    );
    return dayFirst ? 'day-first' : 'month-first';
  }

  async function parseContext(site: Site, at: Date): Promise<ParseContext> {
    return {
      now: at,
      zone: site.timeZone,
      mappings: await sites.mappings(site.siteId),
      dateOrder: dateOrderOf(site),
    };
  }

  function siteContext(site: Site, at: Date): SiteContext {
    let residents: ReturnType<SiteContext['residents']> | null = null;
    return {
      site,
      now: at,
      residents: () => {
        residents ??= sites.teamId().then((teamId) => client.listResidents(teamId, site.siteId));
        return residents;
      },
    };
  }

  function questionCard(pending: PendingQuestion): Card {
    const { question } = pending;
    const choices = question.choices.map((choice, index) => `${index + 1}. ${choice.label}`);
    return {
      title: question.text,
      fields: [],
      notes:
        question.choices.length > 0
          ? ['Pick one, or type the answer.']
          : ['Type the answer, or "cancel".'],
      actions: question.choices.map((choice, index) => ({
        id: 'answer',
        label: choice.label,
        style: 'default',
        value: `${pending.id}:${index}`,
      })),
      fallbackText: [question.text, ...choices].join(' '),
      tone: 'info',
    };
  }

  /** Turns a draft into its next question or its proposal card. */
  async function continueDraft(
    draft: Draft,
    site: Site,
    message: Pick<IncomingMessage, 'actor' | 'conversation'>,
    at: Date,
  ): Promise<Reply[]> {
    const key = conversationKey(message.conversation);
    // Every question answer, button answer and edit passes here, so this one check keeps them
    // all on the bound site.
    const bound = await boundSiteOf(store, sites, key);
    if (bound !== null && bound.siteId !== site.siteId) {
      await store.clearConversation(key);
      return rejectElsewhere(key, message.actor, bound, clickElsewhere(bound, site.name), at);
    }
    const step = await advanceDraft(draft, siteContext(site, at));
    if (step.kind === 'refusal') {
      await store.clearConversation(key);
      return [text(step.text)];
    }
    if (step.kind === 'question') {
      const pending: PendingQuestion = {
        id: newId(),
        draft,
        question: withNotes(draft, step.question),
      };
      await store.saveConversation(key, pending, at);
      await audit('question', at, {
        actor: message.actor.displayName,
        conversationKey: key,
        siteId: site.siteId,
        detail: { intent: draft.intent, expects: step.question.expects },
      });
      logger.info(
        { conversation: key, intent: draft.intent, expects: step.question.expects },
        'question asked',
      );
      return [{ kind: 'card', card: questionCard(pending) }];
    }

    await store.clearConversation(key);
    const proposal: Proposal = {
      id: newId(),
      teamId: await sites.teamId(),
      siteId: site.siteId,
      conversationKey: key,
      action: step.action,
      status: 'open',
      createdBy: message.actor.displayName,
      createdAt: at,
      expiresAt: new Date(at.getTime() + options.proposalTtlMs),
      decidedBy: null,
      decidedAt: null,
      outcome: null,
      undoStatus: null,
    };
    await store.createProposal(proposal);
    await audit('proposal', at, {
      actor: message.actor.displayName,
      conversationKey: key,
      siteId: site.siteId,
      proposalId: proposal.id,
      detail: { intent: step.action.type },
    });
    logger.info(
      { proposalId: proposal.id, intent: step.action.type, siteId: site.siteId },
      'proposal created',
    );
    return [
      { kind: 'card', card: openProposalCard(proposal, site, at, message.actor.displayName) },
    ];
  }

  const reads = createReadCommands({
    sites,
    residentsOf: (site, at) => siteContext(site, at).residents(),
  });

  async function answerPending(
    pending: PendingQuestion,
    answer: string,
    message: IncomingMessage,
    at: Date,
  ): Promise<Reply[] | null> {
    const draftSite = await siteOfDraft(pending.draft, conversationKey(message.conversation));
    const next = applyTextAnswer(pending.draft, pending.question, answer, {
      language,
      parseContext: await parseContext(draftSite, at),
      mappings: await sites.mappings(draftSite.siteId),
    });
    if (next === null) return null;
    if (pending.editOf !== undefined)
      await supersede(pending.editOf, message.actor.displayName, at);
    return continueDraft(
      next,
      await siteOfDraft(next, conversationKey(message.conversation)),
      message,
      at,
    );
  }

  async function siteOfDraft(draft: Draft, key: string): Promise<Site> {
    return (await sites.site(draft.siteId)) ?? (await siteFor(key));
  }

  async function supersede(proposalId: string, actor: string, at: Date): Promise<void> {
    await store.transitionProposal(proposalId, {
      from: ['open', 'failed'],
      to: 'cancelled',
      actor,
      at,
    });
  }

  async function handleMessage(message: IncomingMessage): Promise<Reply[]> {
    // Checked before anything reads or stores the text, so a pasted list costs nothing.
    const tooLong = messageTooLongReply(message.text);
    if (tooLong !== null) return [text(tooLong)];
    try {
      return await respond(message);
    } catch (error) {
      if (!(error instanceof ElevenOsError)) throw error;
      logger.warn({ code: error.code, status: error.status }, 'message failed on an ElevenOS call');
      return [text(describeElevenOsError(error, { siteName: 'this site', action: 'read' }))];
    }
  }

  async function respond(message: IncomingMessage): Promise<Reply[]> {
    const at = now();
    const key = conversationKey(message.conversation);
    const input = message.text.trim();
    if (input === '') return [text(renderNotUnderstood(''))];

    const siteReply = await siteCommands.handle(message, input, at);
    if (siteReply !== null) return siteReply;
    const bound = await boundSiteOf(store, sites, key);
    if (bound !== null) {
      const named = otherSiteNamed(input, bound, await sites.sites());
      if (named !== null) return rejectElsewhere(key, message.actor, bound, named, at);
    }

    for (const extension of extensions) {
      const handled = await extension.handleMessage?.(message, await extensionContext(key, at));
      if (handled != null) return handled;
    }

    const pending = (await store.getConversation(key)) as PendingQuestion | null;
    if (CANCEL_WORDS.test(input)) {
      if (pending === null) return [text(NOTHING_TO_CANCEL)];
      await store.clearConversation(key);
      return [text('OK, dropped that. Nothing was sent to ElevenOS.')];
    }

    const choice = await chooseSite(key, input, at);
    if ('reply' in choice) {
      if (pending === null || choice.parsed.intent !== 'unknown') return choice.reply(message);
    }
    const { parsed, site: commandSite, fixed } = 'reply' in choice ? choice.fallback : choice;
    if (bound !== null && (isWriteIntent(parsed.intent) || parsed.intent === 'lookup')) {
      const elsewhere = await unitElsewhere(parsed, input, bound, await sites.sites(), (site) =>
        parseContext(site, at).then((context) => language.parseCommand(input, context)),
      );
      if (elsewhere !== null) return rejectElsewhere(key, message.actor, bound, elsewhere, at);
    }
    logger.info(
      { conversation: key, intent: parsed.intent, siteId: commandSite.siteId },
      'command parsed',
    );
    options.onCommand?.(parsed.intent);

    if (pending !== null && parsed.intent === 'unknown') {
      const answered = await answerPending(pending, input, message, at);
      if (answered !== null) return answered;
      return [
        text(`I couldn't use that as an answer.`),
        { kind: 'card', card: questionCard(pending) },
      ];
    }

    const claimant = extensions.find((extension) => extension.intents?.includes(parsed.intent));
    if (claimant?.handleIntent !== undefined) {
      return claimant.handleIntent(parsed, message, await extensionContext(key, at));
    }

    if (isWriteIntent(parsed.intent)) {
      const draft = {
        ...draftFromParse({ ...parsed, intent: parsed.intent }, commandSite.siteId, input),
        unitTypo: typedBuilding(input, parsed.intent === 'transfer' ? parsed.toUnit : parsed.unit),
        notes: parsed.problems,
        ...(parsed.people.length === 0 ? { contacts: strayContacts(input) } : {}),
      };
      return continueDraft(draft, commandSite, message, at);
    }
    switch (parsed.intent) {
      case 'lookup':
        if (!fixed && parsed.unit === null) return reads.lookupEverywhere(parsed, at);
        return reads.lookup(parsed, commandSite, at);
      case 'upcoming': {
        const lists = !fixed
          ? (
              await Promise.all(
                (await sites.sites()).map((each) => reads.upcoming(parsed, each, at)),
              )
            ).flat()
          : await reads.upcoming(parsed, commandSite, at);
        if (parsed.problems.length === 0) return lists;
        // A date the parser could not read leaves the default window, which must not pass for
        // the one staff asked about.
        const unread = parsed.problems.map((problem) => `${problem}.`).join(' ');
        return [text(`${unread} The list below covers the usual window instead.`), ...lists];
      }
      case 'help':
        return [text(renderHelp())];
      case 'digest_subscribe':
      case 'digest_unsubscribe':
        // The digest extension claims these intents; this reply is for a core built without it.
        return [
          text(
            'Channel digests are not set up in this Frontdesk. Ask "who is moving in next week?" for the list now.',
          ),
        ];
      default:
        return [text(renderNotUnderstood(input))];
    }
  }

  function undoDeadline(proposal: Proposal): Date | null {
    if (proposal.decidedAt === null) return null;
    return new Date(proposal.decidedAt.getTime() + options.undoWindowMs);
  }

  function decided(proposal: Proposal, site: Site, at: Date): Card {
    const deadline = undoDeadline(proposal);
    return decidedCard(proposal, site, at, {
      undoUntil: deadline !== null && deadline > at ? deadline : null,
    });
  }

  /** Explains why a click could not act, from the proposal's current state. */
  async function lateClick(proposal: Proposal | null, at: Date): Promise<ActionResult> {
    if (proposal === null)
      return {
        update: null,
        replies: [text('That card is no longer known. Send the command again.')],
      };
    const site = (await sites.site(proposal.siteId))!;
    const clock = proposal.decidedAt === null ? '' : ` at ${decidedTime(proposal, site)}`;
    let reply: string;
    switch (proposal.status) {
      case 'done':
        reply = `Already confirmed by ${proposal.decidedBy}${clock}.`;
        break;
      case 'working':
        // The winner's click owns the card until its outcome; a loser must not repaint it.
        return {
          update: null,
          replies: [text(`${proposal.decidedBy} is confirming this right now.`)],
        };
      case 'cancelled':
        reply = `Already cancelled by ${proposal.decidedBy}${clock}.`;
        break;
      default:
        reply =
          proposal.expiresAt <= at
            ? `This card expired at ${decidedTime({ ...proposal, decidedAt: proposal.expiresAt }, site)}. Send the command again for a fresh card.`
            : 'That button no longer applies to this card.';
    }
    return { update: decided(proposal, site, at), replies: [text(reply)] };
  }

  async function confirm(action: IncomingAction, at: Date): Promise<ActionResult> {
    const existing = await store.getProposal(action.value);
    // A purge runs only after its second question was shown. "Purge…" always shows it, and a
    // "Yes, purge" or Retry that arrives before it was ever shown (a forged or replayed click)
    // gets the question instead of running.
    if (
      existing?.action.type === 'purge' &&
      (action.actionId === 'confirm' ||
        (existing.status === 'open' && !(await store.hasPurgeCheck(existing.id))))
    ) {
      if (existing.status !== 'open' || existing.expiresAt <= at) return lateClick(existing, at);
      await store.recordPurgeCheck(existing.id, action.actor.displayName, at);
      const site = (await sites.site(existing.siteId))!;
      return { update: purgeCheckCard(existing, site, at), replies: [] };
    }
    // After an unknown outcome or a crashed run, ElevenOS is read back before anything is resent.
    const checkFirst = existing?.status === 'unknown' || existing?.status === 'working';
    const claim = await store.transitionProposal(action.value, {
      from: ['open', 'failed', 'unknown'],
      to: 'working',
      actor: action.actor.displayName,
      at,
      notExpiredAt: at,
      orWorkingSince: new Date(at.getTime() - STALE_WORKING_MS),
    });
    if (!claim.applied) return lateClick(claim.proposal, at);

    const proposal = claim.proposal;
    const site = (await sites.site(proposal.siteId))!;
    await showWorking(action, decided(proposal, site, at));
    logger.info({ proposalId: proposal.id, intent: proposal.action.type }, 'proposal confirmed');
    await audit('confirmation', at, {
      actor: action.actor.displayName,
      conversationKey: proposal.conversationKey,
      siteId: proposal.siteId,
      proposalId: proposal.id,
      detail: { intent: proposal.action.type, recheck: checkFirst },
    });
    let outcome: ProposalOutcome;
    let status: 'done' | 'failed' | 'unknown';
    try {
      outcome = await executeAction(
        proposal.action,
        { client, teamId: proposal.teamId, site, now: at },
        checkFirst,
      );
      status = 'done';
    } catch (error) {
      // Any failure after the claim must leave the proposal in a state a retry can use. An error
      // that is not ElevenOS's own may have struck after sending, so its outcome is unknown.
      if (error instanceof ElevenOsError) {
        status = error.outcome === 'unknown' ? 'unknown' : 'failed';
        outcome = {
          summary: describeElevenOsError(error, errorContext(proposal, site)),
          residentIds: [],
          errorCode: error.code,
        };
        logger.warn(
          { proposalId: proposal.id, code: error.code, status: error.status },
          'proposal failed',
        );
      } else {
        status = 'unknown';
        outcome = {
          summary:
            'Something went wrong inside Frontdesk, so it cannot tell whether ElevenOS made the change.',
          residentIds: [],
        };
        logger.error({ proposalId: proposal.id, err: error }, 'proposal crashed');
      }
    }
    const finished = await store.transitionProposal(proposal.id, {
      from: ['working'],
      to: status,
      at: now(),
      outcome,
    });
    const final = finished.proposal ?? { ...proposal, status, outcome };
    logger.info({ proposalId: proposal.id, status }, 'proposal finished');
    await audit('result', now(), {
      conversationKey: proposal.conversationKey,
      siteId: proposal.siteId,
      proposalId: proposal.id,
      detail: {
        status,
        errorCode: outcome.errorCode ?? null,
        residents: outcome.residentIds.length,
      },
    });
    return { update: decided(final, site, now()), replies: [] };
  }

  async function cancel(action: IncomingAction, at: Date): Promise<ActionResult> {
    const result = await store.transitionProposal(action.value, {
      from: ['open', 'failed', 'unknown'],
      to: 'cancelled',
      actor: action.actor.displayName,
      at,
    });
    if (!result.applied) return lateClick(result.proposal, at);
    logger.info({ proposalId: action.value }, 'proposal cancelled');
    await audit('cancellation', at, {
      actor: action.actor.displayName,
      conversationKey: result.proposal.conversationKey,
      siteId: result.proposal.siteId,
      proposalId: result.proposal.id,
    });
    const site = (await sites.site(result.proposal.siteId))!;
    return { update: decided(result.proposal, site, at), replies: [] };
  }

  async function edit(action: IncomingAction, at: Date): Promise<ActionResult> {
    const proposal = await store.getProposal(action.value);
    if (
      proposal === null ||
      !['open', 'failed'].includes(proposal.status) ||
      proposal.expiresAt <= at
    ) {
      return lateClick(proposal, at);
    }
    const pending: PendingQuestion = {
      id: newId(),
      draft: draftFromAction(proposal.action, proposal.siteId),
      question: {
        text: 'What should change? Type the new value: a date ("March 3", "until June 30"), a unit ("Hudson 103"), an email or phone, or "name Jane Roe".',
        expects: 'edit',
        choices: [],
      },
      editOf: proposal.id,
    };
    await store.saveConversation(conversationKey(action.conversation), pending, at);
    return { update: null, replies: [{ kind: 'card', card: questionCard(pending) }] };
  }

  async function answer(action: IncomingAction, at: Date): Promise<ActionResult> {
    const key = conversationKey(action.conversation);
    const pending = (await store.getConversation(key)) as PendingQuestion | null;
    const [questionId, index] = action.value.split(':');
    const choice =
      pending !== null && pending.id === questionId
        ? pending.question.choices[Number(index)]
        : undefined;
    if (pending === null || choice === undefined) {
      return { update: null, replies: [text('That question was already answered or replaced.')] };
    }
    const next = { ...pending.draft, ...choice.patch };
    if (pending.editOf !== undefined) await supersede(pending.editOf, action.actor.displayName, at);
    const replies = await continueDraft(next, await siteOfDraft(next, key), action, at);
    return { update: null, replies };
  }

  async function undo(action: IncomingAction, at: Date): Promise<ActionResult> {
    const claim = await store.claimUndo(
      action.value,
      new Date(at.getTime() - options.undoWindowMs),
      at,
    );
    if (!claim.applied) {
      const proposal = claim.proposal;
      if (proposal?.undoStatus != null) {
        return {
          update: null,
          replies: [text('This change was already undone, or an undo is running.')],
        };
      }
      return {
        update: null,
        replies: [text('Undo is no longer available: it lasts 10 minutes after a change.')],
      };
    }
    const proposal = claim.proposal;
    const site = (await sites.site(proposal.siteId))!;
    await showWorking(action, undoingCard(decided(proposal, site, at)));
    const plan = proposal.outcome?.undo;
    if (plan === undefined) {
      await store.finishUndo(proposal.id, 'failed', proposal.outcome!, now());
      const updated = (await store.getProposal(proposal.id))!;
      return {
        update: decided(updated, site, at),
        replies: [text('This change cannot be undone.')],
      };
    }
    try {
      const summary = await executeUndo(plan, { client, teamId: proposal.teamId, site, now: at });
      const outcome = { ...proposal.outcome!, undoneSummary: summary };
      const undone = summary.startsWith('Undone');
      await store.finishUndo(proposal.id, undone ? 'done' : 'failed', outcome, now());
      logger.info({ proposalId: proposal.id, undone }, 'undo finished');
      await audit('undo', at, {
        actor: action.actor.displayName,
        conversationKey: proposal.conversationKey,
        siteId: proposal.siteId,
        proposalId: proposal.id,
        detail: { undone },
      });
      const updated = (await store.getProposal(proposal.id))!;
      // The card itself reports a finished undo, and a rejected one also gets the reason below it.
      return { update: decided(updated, site, at), replies: undone ? [] : [text(summary)] };
    } catch (error) {
      if (!(error instanceof ElevenOsError)) throw error;
      await store.finishUndo(proposal.id, 'failed', proposal.outcome!, now());
      const updated = (await store.getProposal(proposal.id))!;
      return {
        update: decided(updated, site, at),
        replies: [text(`Not undone: ${describeElevenOsError(error, { siteName: site.name })}`)],
      };
    }
  }

  /** Returns the site a click acts on: its proposal's, its question's or its extension's. */
  async function siteOfClick(action: IncomingAction): Promise<string | null> {
    if (action.actionId === 'answer') {
      const pending = (await store.getConversation(
        conversationKey(action.conversation),
      )) as PendingQuestion | null;
      return pending?.draft.siteId ?? null;
    }
    if ((CORE_ACTION_IDS as readonly string[]).includes(action.actionId)) {
      return (await store.getProposal(action.value))?.siteId ?? null;
    }
    return (await extensionOf(action.actionId)?.siteOfAction?.(action)) ?? null;
  }

  /** Rejects a click on another site's card in a bound conversation, before it can act. */
  async function clickOutsideBinding(
    action: IncomingAction,
    at: Date,
  ): Promise<ActionResult | null> {
    const key = conversationKey(action.conversation);
    const bound = await boundSiteOf(store, sites, key);
    if (bound === null) return null;
    const siteId = await siteOfClick(action);
    if (siteId === null || siteId === bound.siteId) return null;
    const name = (await sites.site(siteId))?.name ?? `site ${siteId}`;
    const replies = await rejectElsewhere(
      key,
      action.actor,
      bound,
      clickElsewhere(bound, name),
      at,
    );
    return { update: null, replies };
  }

  async function handleAction(action: IncomingAction): Promise<ActionResult> {
    const at = now();
    const outside = await clickOutsideBinding(action, at);
    if (outside !== null) return outside;
    switch (action.actionId) {
      case 'confirm':
      case 'confirm_purge':
      case 'retry':
        return confirm(action, at);
      case 'cancel':
        return cancel(action, at);
      case 'edit':
        return edit(action, at);
      case 'answer':
        return answer(action, at);
      case 'undo':
        return undo(action, at);
      default: {
        const extension = extensionOf(action.actionId);
        if (extension?.handleAction === undefined) {
          return { update: null, replies: [text('That button is no longer supported.')] };
        }
        const context = await extensionContext(conversationKey(action.conversation), at);
        return extension.handleAction(action, context);
      }
    }
  }

  /** Lets the adapter show the working card; a failure to show it must not stop the change. */
  async function showWorking(action: IncomingAction, card: Card): Promise<void> {
    try {
      await action.onWorking?.(card);
    } catch (error) {
      logger.warn({ err: error }, 'showing the working card failed');
    }
  }

  function extensionOf(actionId: ActionId): FrontdeskExtension | undefined {
    return extensions.find((extension) => actionId.startsWith(`${extension.name}_`));
  }

  function isWriteAction(actionId: ActionId): boolean {
    if (CORE_WRITE_ACTIONS.has(actionId)) return true;
    return extensionOf(actionId)?.writeActions.includes(actionId) ?? false;
  }

  function editable(proposal: Proposal | null, at: Date): proposal is Proposal {
    return (
      proposal !== null && ['open', 'failed'].includes(proposal.status) && proposal.expiresAt > at
    );
  }

  async function editForm(proposalId: string): Promise<EditForm | null> {
    const proposal = await store.getProposal(proposalId);
    if (!editable(proposal, now())) return null;
    return buildEditForm(proposal.id, proposal.action, await sites.mappings(proposal.siteId));
  }

  async function submitEdit(submission: EditSubmission): Promise<EditResult> {
    const at = now();
    const proposal = await store.getProposal(submission.proposalId);
    if (!editable(proposal, at)) return { kind: 'done', result: await lateClick(proposal, at) };
    const outside = await clickOutsideBinding(
      { ...submission, actionId: 'edit', value: proposal.id },
      at,
    );
    if (outside !== null) return { kind: 'done', result: outside };
    const site = (await sites.site(proposal.siteId))!;
    const applied = applyEditValues(
      draftFromAction(proposal.action, proposal.siteId),
      submission.values,
      await sites.mappings(site.siteId),
      todayIn(at, site.timeZone),
    );
    if ('errors' in applied) return { kind: 'errors', errors: applied.errors };

    await supersede(proposal.id, submission.actor.displayName, at);
    const replies = await continueDraft(applied.draft, site, submission, at);
    const [first, ...rest] = replies;
    if (first?.kind === 'card')
      return { kind: 'done', result: { update: first.card, replies: rest } };
    return { kind: 'done', result: { update: null, replies } };
  }

  return { handleMessage, handleAction, editForm, submitEdit, isWriteAction };
}

const STAFF_ACTIONS: Record<Proposal['action']['type'], StaffAction> = {
  move_in: 'schedule',
  move_out: 'move-out',
  purge: 'purge',
  reschedule: 'change',
  transfer: 'change',
};

function errorContext(proposal: Proposal, site: Site): DescribeContext {
  const email = proposal.action.type === 'move_in' ? proposal.action.resident.email : null;
  return { siteName: site.name, action: STAFF_ACTIONS[proposal.action.type], email };
}

/**
 * Prefixes a question for a missing date with what the parser could not read, so "on June 31"
 * is answered with why the date is asked again.
 */
function withNotes(draft: Draft, question: Question): Question {
  const asksStart = question.expects === 'start_date' && draft.startDate === null;
  const asksEnd = question.expects === 'end_date' && draft.endDate === null;
  if (!(asksStart || asksEnd) || draft.notes === undefined || draft.notes.length === 0) {
    return question;
  }
  const notes = draft.notes.map((note) => `${note.charAt(0).toUpperCase()}${note.slice(1)}.`);
  return { ...question, text: `${notes.join(' ')} ${question.text}` };
}

function undoingCard(card: Card): Card {
  const note = 'Undoing: sending to ElevenOS…';
  return {
    ...card,
    actions: [],
    notes: [...card.notes, note],
    fallbackText: `${card.fallbackText}. ${note}`,
  };
}

function decidedTime(proposal: Proposal, site: Site): string {
  return proposal.decidedAt === null
    ? ''
    : new Intl.DateTimeFormat('en-US', {
        timeZone: site.timeZone,
        hour: 'numeric',
        minute: '2-digit',
      }).format(proposal.decidedAt);
}
