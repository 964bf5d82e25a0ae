import type { AuditEvent } from '../audit/audit-log.js';
import type { Logger } from '../log.js';
import type { Store } from '../store/store.js';
import { boundElsewhere, boundSiteOf } from './channel-binding.js';
import { conversationKey, text, type Actor, type IncomingMessage, type Reply } from './replies.js';
import type { SiteDirectory } from './site-directory.js';

const CONVERSATION = String.raw`(?:\s+(?:this\s+)?(?:channel|chat|conversation))?`;
const BIND = new RegExp(String.raw`^bind${CONVERSATION}\s+to\s+(.+?)\.?$`, 'i');
const BIND_ALONE = new RegExp(String.raw`^bind${CONVERSATION}\.?$`, 'i');
const UNBIND = new RegExp(String.raw`^unbind${CONVERSATION}\.?$`, 'i');
const USE = /^use\s+(.+)$/i;
const USE_ALONE = /^use\s*$/i;
const SITES = /^sites\??$/i;

type Audit = (
  kind: AuditEvent['kind'],
  at: Date,
  fields: Partial<Omit<AuditEvent, 'id' | 'kind' | 'at'>>,
) => Promise<void>;

export interface SiteCommands {
  /** Handles `use`, `sites`, `bind … to <site>` and `unbind`, or returns null for other text. */
  handle(message: IncomingMessage, input: string, at: Date): Promise<Reply[] | null>;
}

/** Returns the rejection for someone the platform's approver list leaves out, else null. */
function notApprover(actor: Actor): string | null {
  if (actor.approval === undefined || actor.approval.approver) return null;
  return `Only ${actor.approval.approvers} can bind or unbind this channel. Nothing was changed.`;
}

/**
 * Commands that choose a conversation's site. `use` sets a default that any later command may
 * override by naming a site. `bind` (approvers only) fixes the site: every command, answer and
 * click in the conversation then works on that site alone, until an approver types `unbind`.
 */
export function createSiteCommands(dependencies: {
  sites: SiteDirectory;
  store: Store;
  logger: Logger;
  audit: Audit;
}): SiteCommands {
  const { sites, store, logger, audit } = dependencies;

  async function siteNames(): Promise<string> {
    return (await sites.sites()).map((each) => each.name).join(', ');
  }

  async function use(key: string, name: string, at: Date): Promise<Reply[]> {
    const site = await sites.findSite(name);
    const bound = await boundSiteOf(store, sites, key);
    if (bound !== null) {
      if (site?.siteId === bound.siteId) return [text(`This channel is bound to ${bound.name}.`)];
      return [
        text(
          `${boundElsewhere(bound, site?.name ?? `"${name}"`)} Only an approver can lift the binding, with "unbind this channel".`,
        ),
      ];
    }
    if (site === null) {
      return [text(`There is no site called "${name}". Sites: ${await siteNames()}.`)];
    }
    if (!(await store.setChannelSite(key, site.siteId, at))) {
      // An approver bound the conversation between the read above and this write.
      return use(key, name, at);
    }
    return [text(`This conversation now works on ${site.name} (${site.timeZone}).`)];
  }

  async function listSites(message: IncomingMessage): Promise<Reply[]> {
    const key = conversationKey(message.conversation);
    const [all, channel, others] = await Promise.all([
      sites.sites(),
      store.getChannelBinding(key),
      store.listChannelSites(`${message.conversation.platform}:`),
    ]);
    const lines = all.map((site) => {
      const count = others.filter((each) => each.boundBy !== null && each.siteId === site.siteId);
      const bound = count.length === 0 ? '' : ` · ${count.length} bound channel(s)`;
      return `• ${site.name} (${site.siteType}, ${site.timeZone})${bound}`;
    });
    const here = all.find((site) => site.siteId === channel?.siteId);
    let status =
      'This channel has no site of its own: name one in a command, or type "use <site>".';
    if (channel !== null && here !== undefined) {
      status =
        channel.boundBy === null
          ? `This channel works on ${here.name} by default.`
          : `This channel is bound to ${here.name} by ${channel.boundBy}; it works on no other site.`;
    }
    return [text(['Sites:', ...lines, status].join('\n'))];
  }

  async function bind(message: IncomingMessage, name: string, at: Date): Promise<Reply[]> {
    const key = conversationKey(message.conversation);
    const rejected = notApprover(message.actor);
    if (rejected !== null) return rejectNonApprover(message, rejected, at);
    const site = await sites.findSite(name);
    if (site === null) {
      return [text(`There is no site called "${name}". Sites: ${await siteNames()}.`)];
    }
    const before = await boundSiteOf(store, sites, key);
    if (before?.siteId === site.siteId) {
      return [text(`This channel is already bound to ${site.name}.`)];
    }

    await store.bindChannel(key, site.siteId, message.actor.displayName, at);
    logger.info({ conversation: key, siteId: site.siteId }, 'channel bound');
    await audit('binding', at, {
      actor: message.actor.displayName,
      conversationKey: key,
      siteId: site.siteId,
      detail: { previousSiteId: before?.siteId ?? null },
    });
    const was = before === null ? '' : ` It was bound to ${before.name}.`;
    return [
      text(
        `This channel is now bound to ${site.name} (${site.timeZone}).${was} Every command, answer and click here works on ${site.name} only, and "use" cannot switch it. An approver can lift this with "unbind this channel".`,
      ),
    ];
  }

  async function unbind(message: IncomingMessage, at: Date): Promise<Reply[]> {
    const key = conversationKey(message.conversation);
    const rejected = notApprover(message.actor);
    if (rejected !== null) return rejectNonApprover(message, rejected, at);
    const siteId = await store.unbindChannel(key, at);
    if (siteId === null) {
      return [text('This channel is not bound to a site, so there is nothing to unbind.')];
    }

    logger.info({ conversation: key, siteId }, 'channel unbound');
    await audit('unbinding', at, {
      actor: message.actor.displayName,
      conversationKey: key,
      siteId,
    });
    const name = (await sites.site(siteId))?.name ?? siteId;
    return [
      text(
        `This channel is no longer bound. It still works on ${name} by default; "use <site>" changes that, and a command may name another site.`,
      ),
    ];
  }

  async function rejectNonApprover(
    message: IncomingMessage,
    reply: string,
    at: Date,
  ): Promise<Reply[]> {
    const key = conversationKey(message.conversation);
    logger.info(
      { conversation: key, actorId: message.actor.id },
      'binding rejected: not an approver',
    );
    await audit('refusal', at, {
      actor: message.actor.displayName,
      conversationKey: key,
      detail: { reason: 'not_approver', command: 'bind' },
    });
    return [text(reply)];
  }

  return {
    async handle(message, input, at) {
      const key = conversationKey(message.conversation);
      if (USE_ALONE.test(input)) {
        const names = await siteNames();
        return [
          text(`Use which site? Sites: ${names}. For example: "use ${names.split(', ')[0]}".`),
        ];
      }
      const useMatch = USE.exec(input);
      if (useMatch !== null) return use(key, useMatch[1]!, at);
      if (SITES.test(input)) return listSites(message);
      if (BIND_ALONE.test(input)) {
        const names = await siteNames();
        return [
          text(
            `Bind this channel to which site? Sites: ${names}. For example: "bind this channel to ${names.split(', ')[0]}".`,
          ),
        ];
      }
      const bindMatch = BIND.exec(input);
      if (bindMatch !== null) return bind(message, bindMatch[1]!, at);
      if (UNBIND.test(input)) return unbind(message, at);
      return null;
    },
  };
}
