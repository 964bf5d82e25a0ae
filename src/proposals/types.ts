import type { PersonMention, UnitRef } from '../parse/types.js';

/** A resident's contact details as staff typed them. */
export type ResidentDetails = PersonMention;

/** The exact change a proposal makes once confirmed: every value ElevenOS will receive. */
export type ProposalAction =
  | {
      type: 'move_in';
      resident: ResidentDetails;
      unit: UnitRef;
      startDate: string;
      endDate: string | null;
      activationUtc: string;
      deactivationUtc: string | null;
    }
  | {
      type: 'move_out';
      residentId: string;
      residentName: string;
      unit: UnitRef;
      /** null ends service now through terminate. */
      endDate: string | null;
      deactivationUtc: string | null;
      previousDeactivationUtc: string | null;
    }
  | {
      type: 'purge';
      residentId: string;
      residentName: string;
      unit: UnitRef;
    }
  | {
      type: 'reschedule';
      residentId: string;
      residentName: string;
      unit: UnitRef;
      startDate: string | null;
      endDate: string | null;
      activationUtc: string | null;
      deactivationUtc: string | null;
      previousActivationUtc: string;
      previousDeactivationUtc: string | null;
    }
  | {
      type: 'transfer';
      residentId: string;
      resident: ResidentDetails;
      fromUnit: UnitRef;
      toUnit: UnitRef;
      /** First day in the new unit; the old unit's Wi-Fi ends the day before. */
      date: string;
      oldDeactivationUtc: string;
      newActivationUtc: string;
      newDeactivationUtc: string | null;
    };

export type ProposalStatus = 'open' | 'working' | 'done' | 'failed' | 'unknown' | 'cancelled';

/** What happened when a proposal ran, kept so a late click can be told. */
export interface ProposalOutcome {
  summary: string;
  residentIds: string[];
  errorCode?: string;
  /** Data needed to reverse the change within the undo window. */
  undo?: UndoPlan;
  undoneSummary?: string;
}

export type UndoPlan =
  | { type: 'purge_new'; residentId: string }
  | {
      type: 'restore_dates';
      residentId: string;
      /** Omitted when the change did not touch the activation. */
      activationUtc?: string;
      deactivationUtc?: string | null;
    }
  | {
      type: 'undo_transfer';
      newResidentId: string;
      oldResidentId: string;
      oldDeactivationUtc: string | null;
    };

export interface Proposal {
  id: string;
  teamId: string;
  siteId: string;
  conversationKey: string;
  action: ProposalAction;
  status: ProposalStatus;
  createdBy: string;
  createdAt: Date;
  expiresAt: Date;
  decidedBy: string | null;
  decidedAt: Date | null;
  outcome: ProposalOutcome | null;
  undoStatus: 'working' | 'done' | 'failed' | null;
}
