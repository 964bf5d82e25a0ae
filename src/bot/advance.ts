import { activationInstant, deactivationInstant, siteDateOf } from '../dates/service-times.js';
import { formatDate } from '../dates/format.js';
import type { Resident } from '../elevenos/types.js';
import type { PersonMention, UnitRef, UnitResolution } from '../parse/types.js';
import type { Choice, Draft } from './draft.js';
import { addDays, todayIn, unitLabel } from './labels.js';
import { intervalOf } from '../bulk/check/service-interval.js';
import { recentlyPassedDay } from './guessed-year.js';
import { missingNamePartQuestion } from './name-parts.js';
import {
  isActiveOrScheduled,
  matchResidents,
  residentInUnit,
  residentName,
} from './resident-match.js';
import { sameNameStep } from './same-name.js';
import { unitClashStep } from './unit-clash.js';
import { type SiteContext, type Step, question } from './step.js';

export type { SiteContext, Step };

function fullName(person: PersonMention): string {
  return `${person.firstName} ${person.lastName}`.trim();
}

function unitRef(resolution: UnitResolution & { status: 'resolved' }): UnitRef {
  return { building: resolution.building, floor: resolution.floor, unit: resolution.unit };
}

/** Asks about a unit that did not resolve; returns null when it did. */
function unitQuestion(
  resolution: UnitResolution | null,
  field: 'unit' | 'toUnit',
  subject: string,
): Step | null {
  const expects = field === 'unit' ? 'unit' : 'to_unit';
  if (resolution === null) return question(`Which unit ${subject}?`, expects);
  if (resolution.status === 'resolved') return null;
  if (resolution.status === 'ambiguous') {
    return question(
      `Which ${resolution.text}?`,
      expects,
      resolution.candidates.map((candidate) => ({
        label: unitLabel(candidate),
        patch: { [field]: { status: 'resolved', ...candidate } },
      })),
    );
  }
  const closest = resolution.suggestions.slice(0, 3);
  const hint =
    closest.length === 0
      ? ' Type the unit as building and number, such as "Hudson 102".'
      : ` Closest: ${closest.map(unitLabel).join(', ')}.`;
  return question(
    `There is no unit "${resolution.text}" at this site.${hint}`,
    expects,
    closest.map((candidate) => ({
      label: unitLabel(candidate),
      patch: { [field]: { status: 'resolved', ...candidate } },
    })),
  );
}

/** Asks to confirm a building the parser matched despite a typo. */
function typoQuestion(
  draft: Draft,
  resolution: UnitResolution | null,
  field: 'unit' | 'toUnit',
): Step | null {
  if (!draft.unitTypo || resolution?.status !== 'resolved') return null;
  const label = unitLabel(resolution);
  return question(
    `There is no building called ${draft.unitTypo}. Did you mean ${label}?`,
    field === 'unit' ? 'unit' : 'to_unit',
    [{ label: `Yes, ${label}`, patch: { unitTypo: null } }],
  );
}

async function pickResident(
  draft: Draft,
  context: SiteContext,
  verb: string,
): Promise<Step | Resident> {
  const residents = await context.residents();
  if (draft.residentId !== null) {
    const chosen = residents.find((each) => each.residentId === draft.residentId);
    if (chosen !== undefined) return chosen;
    return {
      kind: 'refusal',
      text: 'That resident no longer exists in ElevenOS; someone may have purged it.',
    };
  }
  const unit = draft.unit?.status === 'resolved' ? unitRef(draft.unit) : null;
  if (draft.unit !== null && unit === null) {
    const ask = unitQuestion(draft.unit, 'unit', `do you mean`);
    if (ask !== null) return ask;
  }
  const person = draft.people[0] ?? null;
  if (person === null && unit === null)
    return question(`Who ${verb}? Give a name or a unit.`, 'person');

  const purgeable = draft.intent === 'purge';
  const pool = residents.filter((each) => purgeable || isActiveOrScheduled(each));
  const { exact, matches } = matchResidents(pool, person, unit);
  const who =
    person === null
      ? `in ${unit === null ? 'that unit' : unitLabel(unit)}`
      : `called ${fullName(person)}`;
  if (matches.length === 0) {
    return {
      kind: 'refusal',
      text: `No resident ${who} at ${context.site.name}. Try "who is in <unit>" to check.`,
    };
  }
  if (matches.length === 1 && exact) return matches[0]!;

  const described = matches.map((each) => `${residentUnitLabel(each)} (${each.status.join(', ')})`);
  const lead = exact
    ? `${matches.length} residents are ${who}: ${described.join(', ')}. Which one?`
    : `No exact match ${who}. Did you mean ${matches.map(residentName).join(' or ')}?`;
  return question(
    lead,
    'resident',
    matches.map((each) => ({
      label: exact ? residentUnitLabel(each) : `${residentName(each)}, ${residentUnitLabel(each)}`,
      patch: { residentId: each.residentId },
    })),
  );
}

/** Checks whether a resident's Wi-Fi has started, so its move-in is in the past. */
function hasStarted(resident: Resident, now: Date): boolean {
  return intervalOf(resident).start <= now.getTime();
}

export function residentUnitLabel(resident: Resident): string {
  return unitLabel({ building: resident.building, floor: resident.floor, unit: resident.unit });
}

function pastStartQuestion(date: string, context: SiteContext): Step {
  return question(
    `${formatDate(date, context.site.timeZone, context.now)} has passed. Start Wi-Fi today instead?`,
    'start_today',
    [{ label: 'Start today', patch: { startDate: todayIn(context.now, context.site.timeZone) } }],
  );
}

async function moveIn(draft: Draft, context: SiteContext): Promise<Step> {
  const zone = context.site.timeZone;
  const today = todayIn(context.now, zone);
  if (draft.people.length === 0)
    return question(
      'Who is moving in? Give a first and last name, and an email if you have it.',
      'name',
    );
  if (draft.people.length > 1) {
    return question(
      'ElevenOS keeps one resident per unit. Who should hold the unit?',
      'person',
      draft.people.map((person) => ({ label: fullName(person), patch: { people: [person] } })),
    );
  }
  const person = draft.people[0]!;
  const nameStep = missingNamePartQuestion(person);
  if (nameStep !== null) return nameStep;
  const unitStep = unitQuestion(draft.unit, 'unit', `is ${fullName(person)} moving in to`);
  if (unitStep !== null) return unitStep;
  const typoStep = typoQuestion(draft, draft.unit, 'unit');
  if (typoStep !== null) return typoStep;
  const unit = unitRef(draft.unit as UnitResolution & { status: 'resolved' });
  const sameName = await sameNameStep(draft, person, unit, context);
  if (sameName !== null) return sameName;
  if (draft.startDate === null) {
    return question(`When does ${fullName(person)} move in?`, 'start_date', [
      { label: 'Today', patch: { startDate: today } },
      { label: 'Tomorrow', patch: { startDate: addDays(today, 1) } },
    ]);
  }
  if (draft.startDate < today) return pastStartQuestion(draft.startDate, context);
  const lastYear = draft.startYearGuessed ? recentlyPassedDay(draft.startDate, today) : null;
  if (lastYear !== null) {
    return question(
      `${formatDate(lastYear, zone, context.now)} has passed. Start Wi-Fi today, or on ${formatDate(draft.startDate, zone, context.now)}?`,
      'start_today',
      [
        { label: 'Start today', patch: { startDate: today, startYearGuessed: false } },
        {
          label: formatDate(draft.startDate, zone, context.now),
          patch: { startYearGuessed: false },
        },
      ],
    );
  }
  // The end date is the resident's last day, so a move-out on the move-in day is a one-day stay.
  if (draft.endDate !== null && draft.endDate < draft.startDate) {
    return question(
      `The move-out (${formatDate(draft.endDate, zone, context.now)}) is before the move-in (${formatDate(draft.startDate, zone, context.now)}). When does the lease end?`,
      'end_date',
      [{ label: 'No end date', patch: { endDate: null } }],
    );
  }
  const activationUtc = activationInstant(draft.startDate, zone);
  const deactivationUtc = draft.endDate === null ? null : deactivationInstant(draft.endDate, zone);
  const clash = await unitClashStep(
    {
      resident: {
        ...person,
        ...unit,
        activationDateUtc: activationUtc,
        deactivationDateUtc: deactivationUtc,
      },
      startDate: draft.startDate,
      canSetEnd: true,
    },
    context,
  );
  if (clash !== null) return clash;
  return {
    kind: 'proposal',
    action: {
      type: 'move_in',
      resident: person,
      unit,
      startDate: draft.startDate,
      endDate: draft.endDate,
      activationUtc,
      deactivationUtc,
    },
  };
}

async function moveOut(draft: Draft, context: SiteContext): Promise<Step> {
  const zone = context.site.timeZone;
  const today = todayIn(context.now, zone);
  const picked = await pickResident(draft, context, 'is moving out');
  if ('kind' in picked) return picked;
  const name = residentName(picked);
  const unit = { building: picked.building, floor: picked.floor, unit: picked.unit };

  if (draft.endNow) {
    return {
      kind: 'proposal',
      action: {
        type: 'move_out',
        residentId: picked.residentId,
        residentName: name,
        unit,
        endDate: null,
        deactivationUtc: null,
        previousDeactivationUtc: picked.deactivationDateUtc,
      },
    };
  }
  const endNow: Choice = { label: 'End Wi-Fi now', patch: { endNow: true } };
  if (draft.endDate === null) {
    return question(`When does ${name} move out?`, 'end_date', [
      { label: 'Today', patch: { endDate: today } },
      endNow,
    ]);
  }
  const lastYear = draft.endYearGuessed ? recentlyPassedDay(draft.endDate, today) : null;
  if (lastYear !== null) {
    const nextYear = formatDate(draft.endDate, zone, context.now);
    return question(
      `${formatDate(lastYear, zone, context.now)} has passed. End Wi-Fi now, or on ${nextYear}?`,
      'end_now',
      [endNow, { label: nextYear, patch: { endYearGuessed: false } }],
    );
  }
  if (draft.endDate < today) {
    return question(
      `${formatDate(draft.endDate, zone, context.now)} has passed. ElevenOS can't set a move-out in the past; end Wi-Fi now instead?`,
      'end_now',
      [{ label: 'End now', patch: { endNow: true } }],
    );
  }
  const startDate = siteDateOf(picked.activationDateUtc, zone);
  if (draft.endDate < startDate) {
    return question(
      `${name} moves in on ${formatDate(startDate, zone, context.now)}, after that move-out date. Pick a move-out on or after the move-in, or purge the resident to cancel the move-in.`,
      'end_date',
    );
  }
  return {
    kind: 'proposal',
    action: {
      type: 'move_out',
      residentId: picked.residentId,
      residentName: name,
      unit,
      endDate: draft.endDate,
      deactivationUtc: deactivationInstant(draft.endDate, zone),
      previousDeactivationUtc: picked.deactivationDateUtc,
    },
  };
}

async function purge(draft: Draft, context: SiteContext): Promise<Step> {
  const picked = await pickResident(draft, context, 'should be purged');
  if ('kind' in picked) return picked;
  return {
    kind: 'proposal',
    action: {
      type: 'purge',
      residentId: picked.residentId,
      residentName: residentName(picked),
      unit: { building: picked.building, floor: picked.floor, unit: picked.unit },
    },
  };
}

async function reschedule(draft: Draft, context: SiteContext): Promise<Step> {
  const zone = context.site.timeZone;
  const today = todayIn(context.now, zone);
  const picked = await pickResident(draft, context, 'should be rescheduled');
  if ('kind' in picked) return picked;
  const name = residentName(picked);
  if (draft.startDate !== null && hasStarted(picked, context.now)) {
    const movedIn = formatDate(siteDateOf(picked.activationDateUtc, zone), zone, context.now);
    return {
      kind: 'refusal',
      text: `${name} moved in on ${movedIn} and Wi-Fi is on, so the move-in date cannot change. To change when it ends, say "move out ${name} on <date>".`,
    };
  }
  if (draft.startDate === null && draft.endDate === null) {
    return question(
      `What is ${name}'s new move-in date? (Or say "move-out <date>" to change the end.)`,
      'start_date',
    );
  }
  if (draft.startDate !== null && draft.startDate < today)
    return pastStartQuestion(draft.startDate, context);
  if (draft.endDate !== null && draft.endDate < today) {
    return question(
      `${formatDate(draft.endDate, zone, context.now)} has passed. ElevenOS can't set a move-out in the past. Which date instead?`,
      'end_date',
    );
  }
  const start = draft.startDate ?? siteDateOf(picked.activationDateUtc, zone);
  const end =
    draft.endDate ??
    (picked.deactivationDateUtc === null ? null : siteDateOf(picked.deactivationDateUtc, zone));
  if (end !== null && end <= start) {
    return question(
      `That puts the move-out (${formatDate(end, zone, context.now)}) before the move-in (${formatDate(start, zone, context.now)}). Which date did you mean?`,
      draft.startDate === null ? 'end_date' : 'start_date',
    );
  }
  return {
    kind: 'proposal',
    action: {
      type: 'reschedule',
      residentId: picked.residentId,
      residentName: name,
      unit: { building: picked.building, floor: picked.floor, unit: picked.unit },
      startDate: draft.startDate,
      endDate: draft.endDate,
      activationUtc: draft.startDate === null ? null : activationInstant(draft.startDate, zone),
      deactivationUtc: draft.endDate === null ? null : deactivationInstant(draft.endDate, zone),
      previousActivationUtc: picked.activationDateUtc,
      previousDeactivationUtc: picked.deactivationDateUtc,
    },
  };
}

async function transfer(draft: Draft, context: SiteContext): Promise<Step> {
  const zone = context.site.timeZone;
  const today = todayIn(context.now, zone);
  const picked = await pickResident(draft, context, 'is transferring');
  if ('kind' in picked) return picked;
  const name = residentName(picked);
  const toStep = unitQuestion(draft.toUnit, 'toUnit', `is ${name} moving to`);
  if (toStep !== null) return toStep;
  const typoStep = typoQuestion(draft, draft.toUnit, 'toUnit');
  if (typoStep !== null) return typoStep;
  const toUnit = unitRef(draft.toUnit as UnitResolution & { status: 'resolved' });
  if (residentInUnit(picked, toUnit)) {
    return { kind: 'refusal', text: `${name} is already in ${residentUnitLabel(picked)}.` };
  }
  if (draft.startDate === null) {
    return question(`On which date does ${name} start in the new unit?`, 'start_date', [
      { label: 'Tomorrow', patch: { startDate: addDays(today, 1) } },
    ]);
  }
  if (draft.startDate <= today) {
    return question(
      `A transfer needs a date after today, so the old unit's Wi-Fi can end the night before. Which date?`,
      'start_date',
      [{ label: 'Tomorrow', patch: { startDate: addDays(today, 1) } }],
    );
  }
  const resident = {
    firstName: picked.firstName,
    lastName: picked.lastName,
    email: picked.email,
    phone: picked.phone,
  };
  const newActivationUtc = activationInstant(draft.startDate, zone);
  const clash = await unitClashStep(
    {
      resident: {
        ...resident,
        ...toUnit,
        activationDateUtc: newActivationUtc,
        deactivationDateUtc: picked.deactivationDateUtc,
      },
      startDate: draft.startDate,
      canSetEnd: false,
      movingResidentId: picked.residentId,
    },
    context,
  );
  if (clash !== null) return clash;
  return {
    kind: 'proposal',
    action: {
      type: 'transfer',
      residentId: picked.residentId,
      resident,
      fromUnit: { building: picked.building, floor: picked.floor, unit: picked.unit },
      toUnit,
      date: draft.startDate,
      oldDeactivationUtc: deactivationInstant(addDays(draft.startDate, -1), zone),
      newActivationUtc,
      newDeactivationUtc: picked.deactivationDateUtc,
    },
  };
}

/** Checks a draft from the top and returns the first question, a refusal, or the proposal. */
export async function advanceDraft(draft: Draft, context: SiteContext): Promise<Step> {
  switch (draft.intent) {
    case 'move_in':
      return moveIn(draft, context);
    case 'move_out':
      return moveOut(draft, context);
    case 'purge':
      return purge(draft, context);
    case 'reschedule':
      return reschedule(draft, context);
    case 'transfer':
      return transfer(draft, context);
  }
}
