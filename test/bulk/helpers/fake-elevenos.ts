import type { SiteDirectory } from '../../../src/bot/site-directory.js';
import type { ElevenOsClient } from '../../../src/elevenos/client.js';
import type { NewResident, Resident, Site } from '../../../src/elevenos/types.js';

export const SITE: Site = {
  siteId: 'site-1',
  name: 'Test Site',
  siteType: 'PPK-C',
  timeZone: 'America/New_York',
};

/**
 * Creates an ElevenOS stand-in that applies imports at once and counts the calls, for tests of
 * the queue where a sandbox would only add noise.
 */
export function fakeElevenOs(): ElevenOsClient & {
  imports: NewResident[][];
  residents: Resident[];
} {
  const residents: Resident[] = [];
  const imports: NewResident[][] = [];
  const unsupported = () => Promise.reject(new Error('not used by these tests'));
  return {
    imports,
    residents,
    listTeams: () => Promise.resolve([{ teamId: 'team-1', name: 'Team' }]),
    listSites: () => Promise.resolve([SITE]),
    getMappings: () => Promise.resolve([]),
    listResidents: () => Promise.resolve(structuredClone(residents)),
    getResident: unsupported,
    addResident: unsupported,
    updateResident: unsupported,
    terminateResident: unsupported,
    purgeResident: unsupported,
    async importResidents(_teamId, _siteId, rows) {
      imports.push(rows);
      for (const row of rows) {
        residents.push({
          ...row,
          residentId: `resident-${residents.length + 1}`,
          activationDate: '',
          deactivationDate: null,
          onboardedAt: null,
          ssid: null,
          status: ['scheduled'],
        });
      }
      // Another worker's claim gets its chance while this request is in flight.
      await new Promise((resolve) => setTimeout(resolve, 20));
      return { jobId: `job-${imports.length}` };
    },
    bulkAction: unsupported,
    checkToken: () => Promise.resolve(),
  };
}

export function fakeSites(): SiteDirectory {
  return {
    teamId: () => Promise.resolve('team-1'),
    sites: () => Promise.resolve([SITE]),
    site: (siteId) => Promise.resolve(siteId === SITE.siteId ? SITE : null),
    findSite: () => Promise.resolve(SITE),
    mappings: () => Promise.resolve([]),
  };
}
