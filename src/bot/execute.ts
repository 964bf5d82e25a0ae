import type { ElevenOsClient } from '../elevenos/client.js';
import { ElevenOsError } from '../elevenos/errors.js';
import type { NewResident, Resident, Site } from '../elevenos/types.js';
import type { ProposalAction, ProposalOutcome, UndoPlan } from '../proposals/types.js';
import { formatInstant } from '../dates/format.js';
import { unitLabel } from './labels.js';

export interface ExecutionContext {
  client: ElevenOsClient;
  teamId: string;
  site: Site;
  now: Date;
}

function sameText(a: string | null, b: string | null): boolean {
  return (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();
}

function sameInstant(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return new Date(a).getTime() === new Date(b).getTime();
}

/** Finds a resident that an earlier attempt of this move-in already created. */
export function findCreatedResident(
  residents: Resident[],
  wanted: NewResident,
): Resident | undefined {
  return residents.find(
    (each) =>
      sameText(each.building, wanted.building) &&
      sameText(each.unit, wanted.unit) &&
      sameInstant(each.activationDateUtc, wanted.activationDateUtc) &&
      (wanted.email !== null
        ? sameText(each.email, wanted.email)
        : sameText(each.firstName, wanted.firstName) && sameText(each.lastName, wanted.lastName)),
  );
}

async function addOnce(
  context: ExecutionContext,
  resident: NewResident,
  checkFirst: boolean,
): Promise<Resident> {
  const { client, teamId, site } = context;
  if (checkFirst) {
    const existing = findCreatedResident(await client.listResidents(teamId, site.siteId), resident);
    if (existing !== undefined) return existing;
  }
  return client.addResident(teamId, site.siteId, resident);
}

/**
 * Sends a confirmed action to ElevenOS. With `checkFirst`, used after an attempt whose outcome
 * is unknown, it reads the site back before any add so nothing is created twice.
 */
export async function executeAction(
  action: ProposalAction,
  context: ExecutionContext,
  checkFirst: boolean,
): Promise<ProposalOutcome> {
  const { client, teamId, site, now } = context;
  const at = (instant: string) => formatInstant(instant, site.timeZone, now);

  switch (action.type) {
    case 'move_in': {
      const created = await addOnce(
        context,
        {
          ...action.resident,
          building: action.unit.building,
          floor: action.unit.floor,
          unit: action.unit.unit,
          activationDateUtc: action.activationUtc,
          deactivationDateUtc: action.deactivationUtc,
        },
        checkFirst,
      );
      const started = new Date(action.activationUtc).getTime() <= now.getTime();
      const name = `${action.resident.firstName} ${action.resident.lastName}`;
      return {
        summary: `${started ? 'Onboarded' : 'Scheduled'}: ${name} → ${unitLabel(action.unit)} · Wi-Fi starts ${at(action.activationUtc)}`,
        residentIds: [created.residentId],
        undo: { type: 'purge_new', residentId: created.residentId },
      };
    }
    case 'move_out': {
      if (action.deactivationUtc === null) {
        await client.terminateResident(teamId, site.siteId, action.residentId);
        return {
          summary: `Moved out: ${action.residentName} (${unitLabel(action.unit)}) · Wi-Fi ended now`,
          residentIds: [action.residentId],
        };
      }
      await client.updateResident(teamId, site.siteId, action.residentId, {
        deactivationDateUtc: action.deactivationUtc,
      });
      return {
        summary: `Move-out set: ${action.residentName} (${unitLabel(action.unit)}) · Wi-Fi ends ${at(action.deactivationUtc)}`,
        residentIds: [action.residentId],
        undo: {
          type: 'restore_dates',
          residentId: action.residentId,
          deactivationUtc: action.previousDeactivationUtc,
        },
      };
    }
    case 'purge':
      await client.purgeResident(teamId, site.siteId, action.residentId);
      return {
        summary: `Purged: ${action.residentName} (${unitLabel(action.unit)}) · Wi-Fi ended and the record is deleted`,
        residentIds: [action.residentId],
      };
    case 'reschedule': {
      await client.updateResident(teamId, site.siteId, action.residentId, {
        ...(action.activationUtc === null ? {} : { activationDateUtc: action.activationUtc }),
        ...(action.deactivationUtc === null ? {} : { deactivationDateUtc: action.deactivationUtc }),
      });
      const changes = [
        action.activationUtc === null ? null : `Wi-Fi starts ${at(action.activationUtc)}`,
        action.deactivationUtc === null ? null : `Wi-Fi ends ${at(action.deactivationUtc)}`,
      ].filter((each) => each !== null);
      const undo: UndoPlan = {
        type: 'restore_dates',
        residentId: action.residentId,
        ...(action.activationUtc === null ? {} : { activationUtc: action.previousActivationUtc }),
        ...(action.deactivationUtc === null
          ? {}
          : { deactivationUtc: action.previousDeactivationUtc }),
      };
      return {
        summary: `Rescheduled: ${action.residentName} (${unitLabel(action.unit)}) · ${changes.join(' · ')}`,
        residentIds: [action.residentId],
        undo,
      };
    }
    case 'transfer':
      return executeTransfer(action, context, checkFirst);
  }
}

async function executeTransfer(
  action: Extract<ProposalAction, { type: 'transfer' }>,
  context: ExecutionContext,
  checkFirst: boolean,
): Promise<ProposalOutcome> {
  const { client, teamId, site, now } = context;
  const at = (instant: string) => formatInstant(instant, site.timeZone, now);
  const name = `${action.resident.firstName} ${action.resident.lastName}`;

  // ElevenOS treats a second record with the same email as a duplicate while the first still
  // holds service, so the old unit's end date goes in first. If the new unit is then refused,
  // the old end date is put back and nothing has changed.
  const before = await client.getResident(teamId, site.siteId, action.residentId);
  await client.updateResident(teamId, site.siteId, action.residentId, {
    deactivationDateUtc: action.oldDeactivationUtc,
  });
  let created: Resident;
  try {
    created = await addOnce(
      context,
      {
        ...action.resident,
        building: action.toUnit.building,
        floor: action.toUnit.floor,
        unit: action.toUnit.unit,
        activationDateUtc: action.newActivationUtc,
        deactivationDateUtc: action.newDeactivationUtc,
      },
      checkFirst,
    );
  } catch (error) {
    if (error instanceof ElevenOsError && error.outcome === 'not_applied') {
      await client.updateResident(teamId, site.siteId, action.residentId, {
        deactivationDateUtc: before.deactivationDateUtc,
      });
    }
    throw error;
  }
  return {
    summary: `Transferred: ${name} · ${unitLabel(action.fromUnit)} Wi-Fi ends ${at(action.oldDeactivationUtc)} · ${unitLabel(action.toUnit)} Wi-Fi starts ${at(action.newActivationUtc)}`,
    residentIds: [action.residentId, created.residentId],
    undo: {
      type: 'undo_transfer',
      newResidentId: created.residentId,
      oldResidentId: action.residentId,
      oldDeactivationUtc: before.deactivationDateUtc,
    },
  };
}

/** Reverses a confirmed change; returns what it did in staff words. */
export async function executeUndo(plan: UndoPlan, context: ExecutionContext): Promise<string> {
  const { client, teamId, site, now } = context;
  switch (plan.type) {
    case 'purge_new': {
      const resident = await client.getResident(teamId, site.siteId, plan.residentId);
      if (!resident.status.includes('scheduled')) {
        return `Not undone: Wi-Fi has already started for this resident. Move them out instead.`;
      }
      await client.purgeResident(teamId, site.siteId, plan.residentId);
      return 'Undone: the scheduled move-in was removed from ElevenOS.';
    }
    case 'restore_dates': {
      await client.updateResident(teamId, site.siteId, plan.residentId, {
        ...(plan.activationUtc === undefined ? {} : { activationDateUtc: plan.activationUtc }),
        ...(plan.deactivationUtc === undefined
          ? {}
          : { deactivationDateUtc: plan.deactivationUtc }),
      });
      const restored = [
        plan.activationUtc === undefined
          ? null
          : `Wi-Fi starts ${formatInstant(plan.activationUtc, site.timeZone, now)}`,
        plan.deactivationUtc === undefined
          ? null
          : plan.deactivationUtc === null
            ? 'no end date'
            : `Wi-Fi ends ${formatInstant(plan.deactivationUtc, site.timeZone, now)}`,
      ].filter((each) => each !== null);
      return `Undone: dates restored (${restored.join(' · ')}).`;
    }
    case 'undo_transfer': {
      await client.purgeResident(teamId, site.siteId, plan.newResidentId);
      await client.updateResident(teamId, site.siteId, plan.oldResidentId, {
        deactivationDateUtc: plan.oldDeactivationUtc,
      });
      return 'Undone: the new unit was removed and the old unit keeps its dates.';
    }
  }
}
