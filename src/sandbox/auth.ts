import { randomBytes } from 'node:crypto';
import type { SandboxClock } from './clock.js';
import type { SandboxAccount } from './records.js';

interface IssuedToken {
  email: string;
  expiresAt: number;
}

/** Issues and checks access tokens; tokens expire on the sandbox clock. */
export class SandboxAuth {
  readonly #accounts: readonly SandboxAccount[];
  readonly #clock: SandboxClock;
  readonly #tokens = new Map<string, IssuedToken>();
  ttlSeconds: number;

  constructor(accounts: readonly SandboxAccount[], clock: SandboxClock, ttlSeconds: number) {
    this.#accounts = accounts;
    this.#clock = clock;
    this.ttlSeconds = ttlSeconds;
  }

  /** Issues a token for a `Password <base64(email:password)>` header; null for bad credentials. */
  issue(authorization: string | undefined): string | null {
    const account = this.#accountForPassword(authorization);
    if (account === null) {
      return null;
    }
    const token = randomBytes(24).toString('base64url');
    const expiresAt = this.#clock.now().getTime() + this.ttlSeconds * 1000;
    this.#tokens.set(token, { email: account.email, expiresAt });
    return token;
  }

  /** Finds the account behind a `Bearer <token>` header; null when missing, unknown or expired. */
  accountFor(authorization: string | undefined): SandboxAccount | null {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    const issued = match?.[1] === undefined ? undefined : this.#tokens.get(match[1]);
    if (issued === undefined || issued.expiresAt <= this.#clock.now().getTime()) {
      return null;
    }
    return this.#accounts.find((account) => account.email === issued.email) ?? null;
  }

  /** Makes every issued token expired now; the tokens stay known but are refused. */
  expireAll(): void {
    const now = this.#clock.now().getTime();
    for (const issued of this.#tokens.values()) {
      issued.expiresAt = Math.min(issued.expiresAt, now);
    }
  }

  /** Forgets every issued token. */
  revokeAll(): void {
    this.#tokens.clear();
  }

  #accountForPassword(authorization: string | undefined): SandboxAccount | null {
    const match = /^Password\s+([A-Za-z0-9+/=]+)$/i.exec(authorization ?? '');
    if (match?.[1] === undefined) {
      return null;
    }
    const decoded = Buffer.from(match[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const email = decoded.slice(0, colon).toLowerCase();
    const password = decoded.slice(colon + 1);
    const account = this.#accounts.find((candidate) => candidate.email === email);
    return colon > 0 && account?.password === password ? account : null;
  }
}
