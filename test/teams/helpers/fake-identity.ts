import { createSign, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';

import { sendJson, startLocalServer } from './http-server.js';

export const APP_ID = '11111111-2222-4333-8444-555555555555';
export const APP_PASSWORD = 'test-app-password-not-a-secret';
export const TENANT_ID = '99999999-8888-4777-8666-555555555555';
export const OTHER_TENANT_ID = '12121212-3434-4565-8787-909090909090';
export const CHANNEL_ISSUER = 'https://api.botframework.com';

export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export function createSigningKey(kid: string = randomUUID()): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid, privateKey, publicKey };
}

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

/** Signs a JWT with RS256, as the Bot Connector signs the tokens it sends bots. */
export function signJwt(key: SigningKey, claims: Record<string, unknown>): string {
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: key.kid }));
  const payload = base64url(JSON.stringify(claims));
  const signer = createSign('RSA-SHA256');
  signer.update(`${header}.${payload}`);
  return `${header}.${payload}.${signer.sign(key.privateKey).toString('base64url')}`;
}

export interface TokenRequest {
  path: string;
  form: URLSearchParams;
}

export interface FakeIdentity {
  /** The OpenID metadata document that names the key set. */
  metadataUrl: string;
  /** The login URL whose `/oauth2/v2.0/token` issues the bot's own tokens. */
  loginUrl: string;
  key: SigningKey;
  tokenRequests: TokenRequest[];
  /** Tokens the token endpoint issued; the fake connector accepts only these. */
  issuedTokens: Set<string>;
  /** A Bot Connector token for an activity sent from `serviceUrl`, with claims overridden. */
  channelToken(serviceUrl: string, overrides?: Record<string, unknown>, key?: SigningKey): string;
  close(): Promise<void>;
}

/**
 * Starts the Microsoft cloud's side of Bot Framework authentication on 127.0.0.1: an OpenID
 * metadata document and key set for incoming tokens, and a token endpoint for outgoing ones.
 */
export async function startFakeIdentity(): Promise<FakeIdentity> {
  const key = createSigningKey();
  const tokenRequests: TokenRequest[] = [];
  const issuedTokens = new Set<string>();
  const jwk = key.publicKey.export({ format: 'jwk' });

  const server = await startLocalServer((request, response, body) => {
    const path = request.url ?? '';
    if (request.method === 'GET' && path === '/v1/.well-known/openidconfiguration') {
      sendJson(response, 200, {
        issuer: CHANNEL_ISSUER,
        jwks_uri: `${server.url}/v1/.well-known/keys`,
        id_token_signing_alg_values_supported: ['RS256'],
      });
      return;
    }
    if (request.method === 'GET' && path === '/v1/.well-known/keys') {
      sendJson(response, 200, {
        keys: [
          { kty: 'RSA', use: 'sig', kid: key.kid, n: jwk.n, e: jwk.e, endorsements: ['msteams'] },
        ],
      });
      return;
    }
    if (request.method === 'POST' && path === `/${TENANT_ID}/oauth2/v2.0/token`) {
      const form = new URLSearchParams(body);
      tokenRequests.push({ path, form });
      const valid =
        form.get('grant_type') === 'client_credentials' &&
        form.get('client_id') === APP_ID &&
        form.get('client_secret') === APP_PASSWORD;
      if (!valid) {
        sendJson(response, 401, { error: 'invalid_client' });
        return;
      }
      const accessToken = `bot-token-${randomUUID()}`;
      issuedTokens.add(accessToken);
      sendJson(response, 200, {
        token_type: 'Bearer',
        expires_in: 3600,
        access_token: accessToken,
      });
      return;
    }
    sendJson(response, 404, { error: 'not found' });
  });

  return {
    metadataUrl: `${server.url}/v1/.well-known/openidconfiguration`,
    loginUrl: `${server.url}/${TENANT_ID}`,
    key,
    tokenRequests,
    issuedTokens,
    channelToken(serviceUrl, overrides = {}, signingKey = key) {
      const now = Math.floor(Date.now() / 1000);
      return signJwt(signingKey, {
        iss: CHANNEL_ISSUER,
        aud: APP_ID,
        serviceurl: serviceUrl,
        nbf: now - 60,
        exp: now + 3600,
        ...overrides,
      });
    },
    close: () => server.close(),
  };
}
