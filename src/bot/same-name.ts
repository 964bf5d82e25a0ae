import { formatDate } from '../dates/format.js';
import { siteDateOf } from '../dates/service-times.js';
import type { Resident } from '../elevenos/types.js';
import type { PersonMention, UnitRef } from '../parse/types.js';
import type { Choice, Draft } from './draft.js';
import { unitLabel } from './labels.js';
import {
  isActiveOrScheduled,
  matchResidents,
  residentInUnit,
  residentName,
} from './resident-match.js';
import { type SiteContext, type Step, question } from './step.js';

/**
 * Asks whether a move-in of someone who already lives at the site, or is about to, is a
 * transfer or a new resident, because "move Grace Okafor to Riverside 104" is read as a move-in.
 * Returns null when no other resident of the site has the name, or staff already chose "new resident".
 */
export async function sameNameStep(
  draft: Draft,
  person: PersonMention,
  unit: UnitRef,
  context: SiteContext,
): Promise<Step | null> {
  const name = `${person.firstName} ${person.lastName}`;
  if (draft.newResidentName?.toLowerCase() === name.toLowerCase()) return null;
  const residents = (await context.residents()).filter(isActiveOrScheduled);
  const { exact, matches } = matchResidents(residents, person, null);
  const elsewhere = exact ? matches.filter((each) => !residentInUnit(each, unit)) : [];
  if (elsewhere.length === 0) return null;

  const target = unitLabel(unit);
  const whereabouts = elsewhere.map((each) => whereabout(each, context)).join(' and ');
  const transfers: Choice[] = elsewhere.map((each) => ({
    label:
      elsewhere.length === 1
        ? `Transfer to ${target}`
        : `Transfer from ${unitLabel(each)} to ${target}`,
    // NOTE: a transfer keeps the resident's own end date, so a move-out typed with the move-in
    // is dropped when staff pick a transfer.
    patch: { intent: 'transfer', residentId: each.residentId, toUnit: draft.unit },
  }));
  const addNew: Choice = { label: 'Add a new resident', patch: { newResidentName: name } };
  return question(
    `${residentName(elsewhere[0]!)} ${whereabouts}. Transfer ${name} to ${target}, or add a new resident?`,
    'choice',
    [...transfers, addNew],
  );
}

function whereabout(resident: Resident, context: SiteContext): string {
  if (!resident.status.includes('scheduled')) return `lives in ${unitLabel(resident)}`;
  const zone = context.site.timeZone;
  const start = formatDate(siteDateOf(resident.activationDateUtc, zone), zone, context.now);
  return `moves in to ${unitLabel(resident)} on ${start}`;
}
