import { clashOf, indexResidents, unitHolderOf } from '../bulk/check/resident-clashes.js';
import { formatDate } from '../dates/format.js';
import { siteDateOf } from '../dates/service-times.js';
import { matchesNewResident } from '../elevenos/read-back.js';
import type { NewResident, Resident } from '../elevenos/types.js';
import type { Choice } from './draft.js';
import { addDays, unitLabel } from './labels.js';
import { residentName } from './resident-match.js';
import { type SiteContext, type Step, question, refusal } from './step.js';

export interface PlannedResident {
  /** The resident record ElevenOS would receive. */
  resident: NewResident;
  startDate: string;
  /** Whether the plan may end before a later holder moves in: a move-in can, a transfer cannot. */
  canSetEnd: boolean;
  /** The resident who is moving, left out of the email check because their email moves too. */
  movingResidentId?: string;
}

/**
 * Checks a planned resident against the site's residents with the rule the CSV check uses, so
 * ElevenOS's "held by another resident" or duplicate-email rejection is reported before the card.
 * Returns the question or refusal that explains the clash, or null when there is none.
 */
export async function unitClashStep(
  planned: PlannedResident,
  context: SiteContext,
): Promise<Step | null> {
  const residents = await context.residents();
  const index = indexResidents(
    residents.filter((each) => each.residentId !== planned.movingResidentId),
  );
  const holder = unitHolderOf(planned.resident, index);
  if (holder !== undefined) {
    if (matchesNewResident(holder.resident, planned.resident)) {
      return refusal(
        `${residentName(holder.resident)} is already in ElevenOS in ${unitLabel(holder.resident)} (${holder.resident.status.join(', ')}), from that date.`,
      );
    }
    return heldUnitQuestion(planned, holder.resident, context);
  }
  // A transfer keeps the resident's email, and ElevenOS lets a moving resident keep it.
  if (planned.movingResidentId !== undefined) return null;
  const clash = clashOf({ resident: planned.resident }, index, context);
  if (clash === null) return null;
  return question(
    `ElevenOS would reject this move-in: ${clash}. Type another email, or "cancel".`,
    'edit',
  );
}

function heldUnitQuestion(planned: PlannedResident, holder: Resident, context: SiteContext): Step {
  const zone = context.site.timeZone;
  const day = (date: string) => formatDate(date, zone, context.now);
  const name = residentName(holder);
  const unit = unitLabel(holder);
  const holderStart = siteDateOf(holder.activationDateUtc, zone);
  const holderEnd =
    holder.deactivationDateUtc === null ? null : siteDateOf(holder.deactivationDateUtc, zone);

  if (holderStart > planned.startDate) {
    const dayBefore = addDays(holderStart, -1);
    const until = holderEnd === null ? '' : ` until ${day(holderEnd)}`;
    const lead = `${name} has ${unit} from ${day(holderStart)}${until}.`;
    if (planned.canSetEnd && dayBefore > planned.startDate) {
      const choice: Choice = {
        label: `End Wi-Fi ${day(dayBefore)}`,
        patch: { endDate: dayBefore },
      };
      return question(
        `${lead} End Wi-Fi on ${day(dayBefore)}, the day before, or pick another unit?`,
        'edit',
        [choice],
      );
    }
    return question(`${lead} Which unit instead?`, 'edit');
  }
  if (holderEnd === null) {
    return question(
      `${name} holds ${unit} with no move-out date. Which unit instead? Or move ${name} out first.`,
      'edit',
    );
  }
  const dayAfter = addDays(holderEnd, 1);
  return question(
    `${name} holds ${unit} until ${day(holderEnd)}. Start on ${day(dayAfter)} instead, or pick another unit?`,
    'edit',
    [{ label: `Start ${day(dayAfter)}`, patch: { startDate: dayAfter, startYearGuessed: false } }],
  );
}
