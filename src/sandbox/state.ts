import type { SandboxClock } from './clock.js';
import type { SandboxAccount, SandboxResident, SandboxSite, SandboxTeam } from './records.js';
import { seedResidents } from './seed-residents.js';
import { SANDBOX_ACCOUNTS, SANDBOX_TEAM, seedSites } from './seed-sites.js';

/** The sandbox's data: the demo team, its sites and accounts, and the residents. */
export class SandboxState {
  readonly teams: readonly SandboxTeam[] = [SANDBOX_TEAM];
  readonly accounts: readonly SandboxAccount[] = SANDBOX_ACCOUNTS;
  readonly sites: readonly SandboxSite[] = seedSites();
  readonly #residents = new Map<string, SandboxResident>();
  readonly #clock: SandboxClock;

  constructor(clock: SandboxClock, seed: boolean) {
    this.#clock = clock;
    this.reset(seed);
  }

  /** Drops every resident and, when `seed` is true, adds the demo residents dated from now. */
  reset(seed: boolean): void {
    this.#residents.clear();
    if (seed) {
      for (const resident of seedResidents(this.#clock.now())) {
        this.#residents.set(resident.residentId, resident);
      }
    }
  }

  site(siteId: string): SandboxSite | undefined {
    return this.sites.find((site) => site.siteId === siteId);
  }

  residentsOf(siteId: string): SandboxResident[] {
    return [...this.#residents.values()].filter((resident) => resident.siteId === siteId);
  }

  resident(siteId: string, residentId: string): SandboxResident | undefined {
    const resident = this.#residents.get(residentId);
    return resident?.siteId === siteId ? resident : undefined;
  }

  /** Adds or replaces a resident record. */
  save(resident: SandboxResident): void {
    this.#residents.set(resident.residentId, resident);
  }

  delete(residentId: string): void {
    this.#residents.delete(residentId);
  }
}
