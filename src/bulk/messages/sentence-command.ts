import { boundElsewhere } from '../../bot/channel-binding.js';
import type { ExtensionContext } from '../../bot/extension.js';
import { conversationKey, text, type IncomingMessage, type Reply } from '../../bot/replies.js';
import { todayInZone } from '../../dates/calendar.js';
import { formatDate } from '../../dates/format.js';
import { parseDateAnswer } from '../../dates/parse-date-answer.js';
import { deactivationInstant } from '../../dates/service-times.js';
import { siteDateOrder } from '../check/site-date-order.js';
import type { BulkSentence } from '../sentences/read-bulk-sentence.js';
import { findScope, type Scope } from '../sentences/find-scope.js';
import {
  selectForMoveOut,
  selectForPurge,
  selectForTermination,
  type Selection,
} from '../sentences/select-residents.js';
import type { BulkJobDetails } from '../store/job-types.js';
import type { BulkServices } from './bulk-services.js';
import { previewCard } from './job-views.js';

const NOBODY: Record<BulkSentence['kind'], string> = {
  move_out: 'Nobody to move out',
  terminate: 'Nobody whose Wi-Fi is still on',
  purge: 'No terminated residents',
};

/** Shows the preview of a move-out, termination or purge of everyone in a scope. */
export async function sentenceCommand(
  sentence: BulkSentence,
  message: IncomingMessage,
  context: ExtensionContext,
  services: BulkServices,
): Promise<Reply[]> {
  const found = await findScope(sentence.scope, { sites: services.sites, fixed: context.site });
  if ('problem' in found) return [text(found.problem)];
  const { scope } = found;
  // findScope reads a bare word such as "River" as a site's name, which the core's check of
  // named sites does not catch.
  if (context.binding !== null && scope.site.siteId !== context.binding.siteId) {
    return [text(boundElsewhere(context.binding, scope.site.name))];
  }
  const teamId = await services.sites.teamId();
  const residents = await services.client.listResidents(teamId, scope.site.siteId);

  let selection: Selection;
  let details: BulkJobDetails = {};
  if (sentence.kind === 'move_out') {
    const dated = readMoveOutDate(sentence.when, scope, context, services);
    if ('reply' in dated) return [text(dated.reply)];
    selection = selectForMoveOut(residents, scope, dated.date, context.now);
    details = {
      endDate: dated.date,
      deactivationUtc: deactivationInstant(dated.date, scope.site.timeZone),
    };
  } else {
    selection =
      sentence.kind === 'purge'
        ? selectForPurge(residents, scope)
        : selectForTermination(residents, scope);
  }
  const place =
    scope.label === scope.site.name ? scope.site.name : `${scope.label}, ${scope.site.name}`;
  if (selection.rows.length === 0) {
    return [text([`${NOBODY[sentence.kind]} at ${place}.`, ...selection.notes].join(' '))];
  }

  const id = services.newId();
  await services.jobs.createJob(
    {
      id,
      kind: sentence.kind,
      teamId,
      siteId: scope.site.siteId,
      address: message.conversation,
      title: scope.label,
      details: { ...details, notes: selection.notes },
      createdBy: message.actor.displayName,
      createdAt: context.now,
      expiresAt: new Date(context.now.getTime() + services.previewTtlMs),
    },
    selection.rows,
  );
  await services.pending.save(
    conversationKey(message.conversation),
    { jobId: id, expects: 'send', actorId: null },
    context.now,
  );
  services.logger.info(
    { jobId: id, kind: sentence.kind, siteId: scope.site.siteId, residents: selection.rows.length },
    'bulk termination previewed',
  );
  const job = (await services.jobs.getJob(id))!;
  return [{ kind: 'card', card: await previewCard(job, scope.site, services, context.now) }];
}

function readMoveOutDate(
  when: string | null,
  scope: Scope,
  context: ExtensionContext,
  services: BulkServices,
): { date: string } | { reply: string } {
  const example = `"move out everyone on ${scope.label} on Dec 31"`;
  if (when === null) {
    return { reply: `On which date? For example ${example}, or add "now" to end Wi-Fi now.` };
  }
  const zone = scope.site.timeZone;
  const answer = parseDateAnswer(when, {
    now: context.now,
    zone,
    dateOrder: siteDateOrder(scope.site, services.dayFirstSites),
  });
  if (answer.date === null) {
    return { reply: `I could not read "${when}" as one date. Try a date such as ${example}.` };
  }
  if (answer.date < todayInZone(context.now, zone)) {
    const day = formatDate(answer.date, zone, context.now);
    return {
      reply: `${day} has passed. ElevenOS can't set a move-out in the past; add "now" instead to end Wi-Fi now.`,
    };
  }
  return { date: answer.date };
}
