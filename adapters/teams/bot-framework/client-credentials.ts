import { ServiceClientCredentialsFactory } from 'botframework-connector';

import { TeamsTokenError } from '../teams-errors.js';

type ServiceClientCredentials = Awaited<
  ReturnType<ServiceClientCredentialsFactory['createCredentials']>
>;
type WebResource = Parameters<ServiceClientCredentials['signRequest']>[0];

interface CachedToken {
  accessToken: string;
  expiresAt: number;
}

/** Tokens are renewed this long before they expire, as botbuilder's own credentials do. */
const RENEW_BEFORE_MS = 5 * 60_000;

/**
 * Gets the bot's outgoing tokens with the OAuth client-credentials grant at
 * `<loginUrl>/oauth2/v2.0/token`, and signs Bot Connector requests with them.
 *
 * botbuilder's own factory goes through MSAL, which accepts only https authorities and asks
 * login.microsoftonline.com to validate any other host, so a token endpoint on 127.0.0.1 could
 * not be used in tests. This factory is passed to ConfigurationBotFrameworkAuthentication, which
 * hands it the login URL and audience from its configuration.
 */
export class ClientCredentialsFactory extends ServiceClientCredentialsFactory {
  private readonly tokens = new Map<string, Promise<CachedToken>>();

  constructor(
    private readonly appId: string,
    private readonly appPassword: string,
    private readonly fetchFn: typeof globalThis.fetch = globalThis.fetch,
    private readonly now: () => number = Date.now,
  ) {
    super();
  }

  // Keeps the secret out of JSON.stringify, which the SDK's error paths may call.
  toJSON() {
    return { name: 'ClientCredentialsFactory', appId: this.appId };
  }

  isValidAppId(appId: string): Promise<boolean> {
    return Promise.resolve(appId === this.appId);
  }

  /** Never: Frontdesk always checks the Bot Connector's token. */
  isAuthenticationDisabled(): Promise<boolean> {
    return Promise.resolve(false);
  }

  async createCredentials(
    appId: string,
    audience: string | undefined,
    loginEndpoint: string,
  ): Promise<ServiceClientCredentials> {
    if (!(await this.isValidAppId(appId))) {
      throw new Error(`No credentials for app ${appId}; only MicrosoftAppId is configured.`);
    }
    const scope = `${(audience ?? '').replace(/\/+$/, '')}/.default`;
    const tokenEndpoint = `${loginEndpoint.replace(/\/+$/, '')}/oauth2/v2.0/token`;
    return {
      signRequest: async (webResource: WebResource) => {
        const token = await this.token(tokenEndpoint, scope);
        webResource.headers.set('Authorization', `Bearer ${token}`);
        return webResource;
      },
    };
  }

  /** A cached token while it has over five minutes left; one request at a time per scope. */
  private async token(tokenEndpoint: string, scope: string): Promise<string> {
    const key = `${tokenEndpoint} ${scope}`;
    const cached = this.tokens.get(key);
    if (cached !== undefined) {
      const token = await cached.catch(() => null);
      if (token !== null && token.expiresAt - RENEW_BEFORE_MS > this.now()) {
        return token.accessToken;
      }
      if (this.tokens.get(key) !== cached) return this.token(tokenEndpoint, scope);
    }

    const request = this.requestToken(tokenEndpoint, scope);
    this.tokens.set(key, request);
    try {
      return (await request).accessToken;
    } catch (error) {
      if (this.tokens.get(key) === request) this.tokens.delete(key);
      throw error;
    }
  }

  private async requestToken(tokenEndpoint: string, scope: string): Promise<CachedToken> {
    const body = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: this.appId,
      client_secret: this.appPassword,
      scope,
    });
    let response: Response;
    try {
      response = await this.fetchFn(tokenEndpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
        signal: AbortSignal.timeout(10_000),
      });
    } catch (error) {
      throw new TeamsTokenError(tokenEndpoint, null, error);
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new TeamsTokenError(tokenEndpoint, response.status);
    }
    const payload = (await response.json().catch(() => null)) as {
      access_token?: unknown;
      expires_in?: unknown;
    } | null;
    const expiresIn = Number(payload?.expires_in);
    if (typeof payload?.access_token !== 'string' || !Number.isFinite(expiresIn)) {
      throw new TeamsTokenError(tokenEndpoint, response.status);
    }
    return { accessToken: payload.access_token, expiresAt: this.now() + expiresIn * 1000 };
  }
}
