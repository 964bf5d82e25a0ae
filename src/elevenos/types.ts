// The core's view of ElevenOS objects, in camelCase. The wire format (PascalCase keys, paths,
// envelopes) is translated in contract.ts, the one module that holds every assumption about it.

export type SiteType = 'PPK' | 'PPK-C' | 'PPK-D' | 'MDU-SSO';

export interface Team {
  teamId: string;
  name: string;
}

export interface Site {
  siteId: string;
  name: string;
  siteType: SiteType;
  /** IANA zone name, such as America/New_York. */
  timeZone: string;
}

/** One PAN mapping row. Absent levels are null: a site may lack buildings, floors or units. */
export interface UnitMapping {
  building: string | null;
  floor: string | null;
  unit: string | null;
  vlan: string;
  ssid: string;
  passphrase: string | null;
}

export type ResidentStatus = 'scheduled' | 'current' | 'pending' | 'terminated';

export interface Resident {
  residentId: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  building: string | null;
  floor: string | null;
  unit: string | null;
  /** Site-local wall time without offset, such as 2027-03-01T06:00:00. */
  activationDate: string;
  deactivationDate: string | null;
  /** UTC instant, such as 2027-03-01T11:00:00.000Z. */
  activationDateUtc: string;
  deactivationDateUtc: string | null;
  onboardedAt: string | null;
  ssid: string | null;
  status: ResidentStatus[];
}

/** What Frontdesk sends to add a resident. Instants are UTC `YYYY-MM-DDThh:mm:ss.000Z`. */
export interface NewResident {
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  building: string | null;
  floor: string | null;
  unit: string | null;
  activationDateUtc: string;
  deactivationDateUtc: string | null;
}

/** A partial update: omitted keys stay as they are; a null deactivation clears it. */
export type ResidentChanges = Partial<NewResident>;

export type BulkAction = 'terminate' | 'terminate-and-purge';
