import { BLOCK_KIT_LIMITS as LIMITS, truncate } from './limits.js';
import { escapeMrkdwn, mrkdwn } from './mrkdwn.js';
import type { HomeView, KnownBlock } from './slack-types.js';

export interface HomeContent {
  /** The user's channels that are bound to a site, with the site's name. */
  bindings: { channelId: string; siteName: string; bound?: boolean }[];
  /** Upcoming move-ins and move-outs per bound site. */
  upcoming: { siteName: string; text: string }[];
  /** The digests of the user's channels, or null where this process cannot read them. */
  digests: { channelId: string; text: string }[] | null;
  /** Latest audit entries of the user's sites, or null where no audit is kept. */
  activity: string[] | null;
}

function header(text: string): KnownBlock {
  return { type: 'header', text: { type: 'plain_text', text: truncate(text, LIMITS.headerText) } };
}

function section(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: truncate(text, LIMITS.sectionText) } };
}

function digestsText(digests: HomeContent['digests']): string {
  if (digests === null) {
    return 'Digest settings cannot be shown here. In a channel, type `/frontdesk digest settings`.';
  }
  if (digests.length === 0) {
    return 'None of your channels gets a digest. In a channel, type `/frontdesk digest daily 8am` to set one up.';
  }
  const lines = digests.map(
    (digest) => `• <#${digest.channelId}> ${mrkdwn(digest.text).replace(/\n/g, '\n    ')}`,
  );
  return [...lines, 'Change one with `/frontdesk digest settings` in its channel.'].join('\n');
}

/** App Home: upcoming move-ins and move-outs, channel bindings and digest settings. */
export function renderHomeView(content: HomeContent): HomeView {
  const blocks: KnownBlock[] = [header('Move-ins and move-outs')];
  if (content.upcoming.length === 0) {
    blocks.push(
      section(
        'None of your channels is bound to a site yet. In a channel, type `/frontdesk use <site>` to bind it.',
      ),
    );
  }
  for (const site of content.upcoming) {
    blocks.push(section(`*${escapeMrkdwn(site.siteName)}*\n${mrkdwn(site.text)}`));
  }

  blocks.push({ type: 'divider' }, header('Channel bindings'));
  const lines = content.bindings.map(
    (binding) =>
      `• <#${binding.channelId}> ${binding.bound === true ? 'is bound to' : 'works on'} ${escapeMrkdwn(binding.siteName)}`,
  );
  blocks.push(section(lines.length === 0 ? 'No bindings in your channels.' : lines.join('\n')));

  blocks.push({ type: 'divider' }, header('Digests'));
  blocks.push(section(digestsText(content.digests)));

  if (content.activity !== null) {
    const activity = content.activity.map((line) => `• ${mrkdwn(line)}`).join('\n');
    blocks.push({ type: 'divider' }, header('Recent activity'));
    blocks.push(section(activity === '' ? 'Nothing in the last 7 days.' : activity));
  }

  // Slack's limit for a Home tab is 100 blocks; long lists give way to the closing sections.
  const closing = content.activity === null ? 5 : 8;
  const tail = blocks.slice(-closing);
  const head = blocks.slice(0, -closing).slice(0, LIMITS.blocksPerView - tail.length);
  return { type: 'home', blocks: [...head, ...tail] };
}
