import { DateTime } from 'luxon';

import { formatClock, formatDate, formatInstant, formatZonedClock } from '../dates/format.js';
import type { Site } from '../elevenos/types.js';
import type { UnitRef } from '../parse/types.js';
import type { Proposal, ProposalAction } from '../proposals/types.js';
import type { Card, CardAction, CardField } from './replies.js';
import { unitLabel } from './labels.js';

function unitWithFloor(unit: UnitRef): string {
  return unit.floor === null ? unitLabel(unit) : `${unitLabel(unit)} (floor ${unit.floor})`;
}

function contactLine(person: { email: string | null; phone: string | null }): string {
  return `${person.email ?? 'no email'} · ${person.phone ?? 'no phone'}`;
}

/** Title and fields that describe exactly what the action will send. */
export function describeAction(
  action: ProposalAction,
  site: Site,
  now: Date,
): { title: string; fields: CardField[]; summary: string } {
  const zone = site.timeZone;
  const at = (instant: string) => formatInstant(instant, zone, now);
  switch (action.type) {
    case 'move_in': {
      const name = `${action.resident.firstName} ${action.resident.lastName}`;
      return {
        title: `Move in ${name} → ${unitWithFloor(action.unit)} · ${site.name}`,
        summary: `${name} → ${unitLabel(action.unit)} · Wi-Fi starts ${at(action.activationUtc)}`,
        fields: [
          { label: 'Wi-Fi starts', value: at(action.activationUtc) },
          {
            label: 'Wi-Fi ends',
            value:
              action.deactivationUtc === null
                ? `no end date: ${action.resident.firstName} holds the unit until moved out`
                : at(action.deactivationUtc),
          },
          { label: 'Contact', value: contactLine(action.resident) },
        ],
      };
    }
    case 'move_out': {
      const ends =
        action.deactivationUtc === null ? 'now, when you confirm' : at(action.deactivationUtc);
      return {
        title: `Move out ${action.residentName} · ${unitLabel(action.unit)} · ${site.name}`,
        summary: `${action.residentName} leaves ${unitLabel(action.unit)} · Wi-Fi ends ${ends}`,
        fields: [{ label: 'Wi-Fi ends', value: ends }],
      };
    }
    case 'purge':
      return {
        title: `Terminate and purge ${action.residentName} (${unitLabel(action.unit)}) · ${site.name}`,
        summary: `terminate and purge ${action.residentName} (${unitLabel(action.unit)})`,
        fields: [
          {
            label: 'What happens',
            value: 'Wi-Fi ends now and the resident record is deleted. This cannot be undone.',
          },
        ],
      };
    case 'reschedule': {
      const fields: CardField[] = [];
      if (action.activationUtc !== null) {
        fields.push({
          label: 'Wi-Fi starts',
          value: `${at(action.activationUtc)} (was ${at(action.previousActivationUtc)})`,
        });
      }
      if (action.deactivationUtc !== null) {
        const was =
          action.previousDeactivationUtc === null
            ? 'no end date'
            : at(action.previousDeactivationUtc);
        fields.push({ label: 'Wi-Fi ends', value: `${at(action.deactivationUtc)} (was ${was})` });
      }
      return {
        title: `Reschedule ${action.residentName} · ${unitLabel(action.unit)} · ${site.name}`,
        summary: `${action.residentName} rescheduled · ${fields.map((field) => `${field.label} ${field.value}`).join(' · ')}`,
        fields,
      };
    }
    case 'transfer': {
      const name = `${action.resident.firstName} ${action.resident.lastName}`;
      return {
        title: `Transfer ${name}: ${unitLabel(action.fromUnit)} → ${unitLabel(action.toUnit)} · ${site.name}`,
        summary: `${name} moves to ${unitLabel(action.toUnit)} on ${formatDate(action.date, zone, now)}`,
        fields: [
          {
            label: `${unitLabel(action.fromUnit)}`,
            value: `Wi-Fi ends ${at(action.oldDeactivationUtc)}`,
          },
          {
            label: `${unitWithFloor(action.toUnit)}`,
            value: `Wi-Fi starts ${at(action.newActivationUtc)}`,
          },
          {
            label: 'Lease end',
            value:
              action.newDeactivationUtc === null
                ? 'no end date, as before'
                : `${at(action.newDeactivationUtc)}, as before`,
          },
        ],
      };
    }
  }
}

function actionButtons(proposal: Proposal): CardAction[] {
  const cancel: CardAction = {
    id: 'cancel',
    label: 'Cancel',
    style: 'default',
    value: proposal.id,
  };
  // A purge has nothing to edit: it names a resident, and a different one is a new command.
  if (proposal.action.type === 'purge') {
    return [{ id: 'confirm', label: 'Purge…', style: 'danger', value: proposal.id }, cancel];
  }
  return [
    { id: 'confirm', label: 'Confirm', style: 'primary', value: proposal.id },
    { id: 'edit', label: 'Edit', style: 'default', value: proposal.id },
    cancel,
  ];
}

function whenShort(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toFormat('ccc, LLL d', { locale: 'en-US' });
}

/** Builds the card on which staff confirm a proposal. */
export function openProposalCard(proposal: Proposal, site: Site, now: Date, askedBy: string): Card {
  const { title, fields } = describeAction(proposal.action, site, now);
  const expires = `${whenShort(proposal.expiresAt, site.timeZone)} at ${formatZonedClock(proposal.expiresAt, site.timeZone)}`;
  const notes = [`Asked by ${askedBy} · this card expires ${expires}`];
  if (proposal.action.type === 'purge')
    notes.unshift('Purge deletes the record for good; you will be asked again.');
  return {
    title,
    fields,
    notes,
    actions: actionButtons(proposal),
    fallbackText: `${title}. ${fields.map((field) => `${field.label}: ${field.value}`).join('. ')}`,
    tone: proposal.action.type === 'purge' ? 'danger' : 'info',
  };
}

/** Builds the second, explicit question before a purge runs. */
export function purgeCheckCard(proposal: Proposal, site: Site, now: Date): Card {
  const { title } = describeAction(proposal.action, site, now);
  const text = 'This deletes the resident record for good and cannot be undone. Purge now?';
  return {
    title,
    fields: [],
    notes: [text],
    actions: [
      { id: 'confirm_purge', label: 'Yes, purge', style: 'danger', value: proposal.id },
      { id: 'cancel', label: 'Keep the resident', style: 'default', value: proposal.id },
    ],
    fallbackText: `${title}. ${text}`,
    tone: 'danger',
  };
}

/** Builds the card of a decided proposal: no actions but Undo while it is allowed. */
export function decidedCard(
  proposal: Proposal,
  site: Site,
  now: Date,
  options: { undoUntil: Date | null },
): Card {
  const { summary } = describeAction(proposal.action, site, now);
  const zone = site.timeZone;
  const who = proposal.decidedBy ?? 'someone';
  const at = proposal.decidedAt === null ? '' : ` at ${formatClock(proposal.decidedAt, zone)}`;
  const outcome = proposal.outcome;

  const card = (
    title: string,
    notes: string[],
    tone: Card['tone'],
    actions: CardAction[] = [],
  ): Card => ({
    title,
    fields: [],
    notes,
    actions,
    fallbackText: [title, ...notes].join('. '),
    tone,
  });

  switch (proposal.status) {
    case 'done': {
      if (outcome?.undoneSummary !== undefined) {
        return card(
          `Undone: ${summary}`,
          [outcome.undoneSummary, `Confirmed by ${who}${at}, then undone`],
          'warning',
        );
      }
      const doneTitle = outcome?.summary ?? summary;
      const undoable =
        options.undoUntil !== null && outcome?.undo !== undefined && proposal.undoStatus === null;
      const minutes = undoable
        ? Math.max(1, Math.round((options.undoUntil!.getTime() - now.getTime()) / 60_000))
        : 0;
      return card(
        doneTitle,
        [`Confirmed by ${who}${at}${undoable ? ` · Undo for ${minutes} more minutes` : ''}`],
        'success',
        undoable ? [{ id: 'undo', label: 'Undo', style: 'default', value: proposal.id }] : [],
      );
    }
    case 'cancelled':
      return card(
        `Cancelled: ${summary}`,
        [`Cancelled by ${who}${at}. Nothing was sent to ElevenOS.`],
        'info',
      );
    case 'working':
      return card(
        `Working: ${summary}`,
        [`Confirmed by ${who}${at}; sending to ElevenOS…`],
        'info',
      );
    case 'failed':
      return card(
        `Not done: ${summary}`,
        [
          outcome?.summary ?? 'ElevenOS refused the change; nothing was changed.',
          'The proposal is kept: fix it with Edit, or try again.',
        ],
        'warning',
        [
          { id: 'retry', label: 'Try again', style: 'primary', value: proposal.id },
          { id: 'edit', label: 'Edit', style: 'default', value: proposal.id },
          { id: 'cancel', label: 'Cancel', style: 'default', value: proposal.id },
        ],
      );
    case 'unknown':
      return card(
        `Outcome unknown: ${summary}`,
        [
          outcome?.summary ?? 'ElevenOS did not answer in time.',
          'Try again checks ElevenOS first and sends nothing twice.',
        ],
        'warning',
        [
          { id: 'retry', label: 'Try again', style: 'primary', value: proposal.id },
          { id: 'cancel', label: 'Cancel', style: 'default', value: proposal.id },
        ],
      );
    case 'open':
      return card(
        `Expired: ${summary}`,
        ['This card expired. Send the command again for a fresh card.'],
        'info',
      );
  }
}
