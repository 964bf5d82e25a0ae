import {
  RESPONSE_SCHEMAS,
  ROUTES,
  buildPath,
  errorEnvelope,
  formatSiteLocal,
  formatUtcNoOffset,
  formatUtcWithOffset,
  parseRequestInstant,
  parseResponseInstant,
  passwordAuthorization,
  readErrorEnvelope,
  readTokenResponse,
  toWireNewResident,
  toWireResidentChanges,
} from '../../src/elevenos/contract.js';
import { newResident } from './client-harness.js';

describe('buildPath', () => {
  it('fills and encodes ids', () => {
    const path = buildPath(ROUTES.getResident.template, {
      teamId: 't 1',
      siteId: 's/2',
      residentId: 'r3',
    });

    expect(path).toBe('/team/t%201/site/s%2F2/resident/r3');
  });

  it('rejects a missing id', () => {
    expect(() => buildPath(ROUTES.listResidents.template, { teamId: 't' })).toThrow(/siteId/);
  });
});

describe('token contract', () => {
  it('encodes email and password for the token request', () => {
    expect(passwordAuthorization('a@b.example', 'p:w')).toBe(
      `Password ${Buffer.from('a@b.example:p:w').toString('base64')}`,
    );
  });

  it.each([
    [
      { access_token: 'one', expires_in: 60 },
      { token: 'one', expiresInSeconds: 60 },
    ],
    [{ AccessToken: 'two' }, { token: 'two', expiresInSeconds: null }],
    [{ token: 'three' }, { token: 'three', expiresInSeconds: null }],
  ])('reads the token from %j', (body, expected) => {
    expect(readTokenResponse(body)).toEqual(expected);
  });

  it('returns null without a token key', () => {
    expect(readTokenResponse({ Token: 'x' })).toBeNull();
    expect(readTokenResponse('x')).toBeNull();
  });
});

describe('error envelope', () => {
  it('reads the string form', () => {
    expect(readErrorEnvelope({ Error: 'Unit 104 is not in the site mappings' })).toEqual({
      apiCode: null,
      apiMessage: 'Unit 104 is not in the site mappings',
    });
  });

  it('reads the object form', () => {
    expect(readErrorEnvelope(errorEnvelope('ResidentExists', 'Already there'))).toEqual({
      apiCode: 'ResidentExists',
      apiMessage: 'Already there',
    });
  });

  it('gives nulls for other bodies', () => {
    expect(readErrorEnvelope({ Error: null })).toEqual({ apiCode: null, apiMessage: null });
    expect(readErrorEnvelope(undefined)).toEqual({ apiCode: null, apiMessage: null });
  });
});

describe('instants', () => {
  it.each([
    '2027-03-01T11:00:00.000Z',
    '2027-03-01T11:00:00Z',
    '2027-03-01T11:00:00+00:00',
    '2027-03-01T11:00:00.000000+00:00',
  ])('accepts the request instant %s', (text) => {
    expect(parseRequestInstant(text)?.toISOString()).toBe('2027-03-01T11:00:00.000Z');
  });

  it.each([
    '2027-03-01T06:00:00-05:00',
    '2027-03-01T11:00:00',
    '2027-03-01',
    '2027-02-30T11:00:00.000Z',
    'March 1',
  ])('rejects the request instant %s', (text) => {
    expect(parseRequestInstant(text)).toBeNull();
  });

  it('reads a response instant without offset as UTC', () => {
    expect(parseResponseInstant('2021-11-09T05:19:18.490939')?.toISOString()).toBe(
      '2021-11-09T05:19:18.490Z',
    );
  });

  it('formats site-local wall time across a DST change', () => {
    const springForward = new Date('2027-03-14T10:00:00Z');

    expect(formatSiteLocal(springForward, 'America/New_York')).toBe('2027-03-14T06:00:00');
    expect(formatSiteLocal(new Date('2027-03-13T11:00:00Z'), 'America/New_York')).toBe(
      '2027-03-13T06:00:00',
    );
  });

  it('formats UTC with and without offset', () => {
    const date = new Date('2027-03-01T11:00:00.250Z');

    expect(formatUtcWithOffset(date)).toBe('2027-03-01T11:00:00.250000+00:00');
    expect(formatUtcNoOffset(date)).toBe('2027-03-01T11:00:00.250000');
  });
});

describe('response schemas', () => {
  const wire = {
    ResidentId: 42,
    UUID: '42',
    FirstName: 'Sam',
    LastName: 'Lee',
    Email: '',
    Phone: null,
    Mobile: null,
    Building: 'Hudson',
    Floor: 1,
    Unit: '101',
    ActivationDate: '2027-03-01T06:00:00',
    DeactivationDate: null,
    ActivationDateUTC: '2027-03-01T11:00:00.000000+00:00',
    DeactivationDateUTC: '',
    OnboardedAt: '2027-03-01T11:00:00.000000',
    SSID: 'Hudson Residents',
    ServiceAreaNumber: '101',
    Status: 'Current',
  };

  it('converts a resident record to the domain shape', () => {
    const parsed = RESPONSE_SCHEMAS.resident.parse({ Error: null, Residents: [wire] });

    expect(parsed).toEqual({
      residentId: '42',
      firstName: 'Sam',
      lastName: 'Lee',
      email: null,
      phone: null,
      building: 'Hudson',
      floor: '1',
      unit: '101',
      activationDate: '2027-03-01T06:00:00',
      deactivationDate: null,
      activationDateUtc: '2027-03-01T11:00:00.000Z',
      deactivationDateUtc: null,
      onboardedAt: '2027-03-01T11:00:00.000Z',
      ssid: 'Hudson Residents',
      status: ['current'],
    });
  });

  it('rejects a single-record envelope with two records', () => {
    expect(RESPONSE_SCHEMAS.resident.safeParse({ Residents: [wire, wire] }).success).toBe(false);
  });

  it('rejects an unreadable activation instant', () => {
    const broken = { ...wire, ActivationDateUTC: 'soon' };

    expect(RESPONSE_SCHEMAS.residents.safeParse({ Residents: [broken] }).success).toBe(false);
  });
});

describe('request bodies', () => {
  it('leaves a null deactivation out of an add', () => {
    const body = toWireNewResident(newResident({ activationDateUtc: '2027-03-01T06:00:00-05:00' }));

    expect(body).toEqual({
      FirstName: 'Tess',
      LastName: 'Marlow',
      Email: 'tess.marlow@example.com',
      Phone: null,
      Building: 'Hudson',
      Floor: '1',
      Unit: '102',
      ActivationDateUTC: '2027-03-01T11:00:00.000Z',
    });
  });

  it('sends only changed keys, and null to clear the deactivation', () => {
    expect(toWireResidentChanges({ email: 'new@example.com', deactivationDateUtc: null })).toEqual({
      Email: 'new@example.com',
      DeactivationDateUTC: null,
    });
  });
});
