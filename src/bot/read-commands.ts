import type { Resident, Site } from '../elevenos/types.js';
import type { ParsedCommand } from '../parse/types.js';
import { unitLabel } from './labels.js';
import { defaultWindow, describeResident, renderUpcoming } from './lists.js';
import { type Reply, text } from './replies.js';
import { isActiveOrScheduled, matchResidents, residentName } from './resident-match.js';
import type { SiteDirectory } from './site-directory.js';

export interface ReadCommands {
  lookup(parsed: ParsedCommand, site: Site, at: Date): Promise<Reply[]>;
  lookupEverywhere(parsed: ParsedCommand, at: Date): Promise<Reply[]>;
  upcoming(parsed: ParsedCommand, site: Site, at: Date): Promise<Reply[]>;
}

function personName(person: { firstName: string; lastName: string }): string {
  return `${person.firstName} ${person.lastName}`.trim();
}

/** Look-ups and upcoming lists: commands that read ElevenOS and change nothing. */
export function createReadCommands(dependencies: {
  sites: SiteDirectory;
  residentsOf: (site: Site, at: Date) => Promise<Resident[]>;
}): ReadCommands {
  const { sites, residentsOf } = dependencies;

  async function lookup(parsed: ParsedCommand, site: Site, at: Date): Promise<Reply[]> {
    if (parsed.unit !== null && parsed.unit.status !== 'resolved') {
      const options =
        parsed.unit.status === 'ambiguous'
          ? parsed.unit.candidates
          : parsed.unit.suggestions.slice(0, 3);
      const list = options.map(unitLabel).join(', ');
      return [
        text(
          parsed.unit.status === 'ambiguous'
            ? `Which ${parsed.unit.text}? ${list}. Ask again with the building.`
            : `There is no unit "${parsed.unit.text}" at ${site.name}.${list === '' ? '' : ` Closest: ${list}.`}`,
        ),
      ];
    }
    const unit = parsed.unit?.status === 'resolved' ? parsed.unit : null;
    const person = parsed.people[0] ?? null;
    if (unit === null && person === null)
      return [text('Who or which unit? For example: "who is in Hudson 102?" or "find Jane Doe".')];

    const residents = await residentsOf(site, at);
    const { matches } = matchResidents(residents, person, unit);
    const shown = unit === null ? matches : matches.filter(isActiveOrScheduled);
    const subject = person === null ? unitLabel(unit!) : personName(person);
    if (shown.length === 0) {
      return [
        text(
          person === null
            ? `Nobody holds ${subject} at ${site.name}.`
            : `No resident called ${subject} at ${site.name}.`,
        ),
      ];
    }
    const names = new Set(shown.map(residentName));
    const heading = person !== null && names.size === 1 ? [...names][0]! : subject;
    const lines = shown.map((resident) => `• ${describeResident(resident, site, at)}`);
    return [text([`${heading} · ${site.name}`, ...lines].join('\n'))];
  }

  /** Looks a person up at every site, for conversations that have not chosen one. */
  async function lookupEverywhere(parsed: ParsedCommand, at: Date): Promise<Reply[]> {
    const person = parsed.people[0];
    if (person === undefined) return lookup(parsed, (await sites.sites())[0]!, at);
    const found: Reply[] = [];
    for (const site of await sites.sites()) {
      const residents = await residentsOf(site, at);
      if (matchResidents(residents, person, null).matches.length > 0) {
        found.push(...(await lookup(parsed, site, at)));
      }
    }
    if (found.length > 0) return found;
    return [text(`No resident called ${personName(person)} at any site.`)];
  }

  async function upcoming(parsed: ParsedCommand, site: Site, at: Date): Promise<Reply[]> {
    const window = parsed.window ?? defaultWindow(at, site.timeZone);
    const residents = await residentsOf(site, at);
    return [text(renderUpcoming(residents, site, window, parsed.kind ?? 'both', at))];
  }

  return { lookup, lookupEverywhere, upcoming };
}
