import { describe, expect, it } from '@jest/globals';

import { loadConfig } from '../../src/config.js';
import { ConfigError } from '../../src/errors.js';

const TEAMS = {
  MicrosoftAppId: '11111111-2222-4333-8444-555555555555',
  MicrosoftAppPassword: 'app-secret-value',
  MicrosoftAppTenantId: '99999999-8888-4777-8666-555555555555',
  MicrosoftAppType: 'SingleTenant',
};

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('Teams configuration', () => {
  it('is off when no Teams variable is set', () => {
    expect(loadConfig({}).teams).toBeNull();
  });

  it('reads a single-tenant registration', () => {
    expect(loadConfig(TEAMS).teams).toEqual({
      appId: TEAMS.MicrosoftAppId,
      appPassword: TEAMS.MicrosoftAppPassword,
      tenantId: TEAMS.MicrosoftAppTenantId,
      openIdMetadataUrl: undefined,
      loginUrl: undefined,
      approvers: [],
    });
  });

  it('names every missing variable at once', () => {
    expect(problems({ MicrosoftAppId: TEAMS.MicrosoftAppId })).toEqual([
      expect.stringMatching(/^MicrosoftAppPassword: missing/),
      expect.stringMatching(/^MicrosoftAppTenantId: missing/),
      expect.stringMatching(/^MicrosoftAppType: missing/),
    ]);
  });

  it('rejects a multi-tenant app', () => {
    expect(problems({ ...TEAMS, MicrosoftAppType: 'MultiTenant' })).toEqual([
      'MicrosoftAppType: must be SingleTenant (got "MultiTenant")',
    ]);
  });

  it('rejects an app id that is not a GUID', () => {
    expect(problems({ ...TEAMS, MicrosoftAppId: 'frontdesk' })).toEqual([
      expect.stringMatching(/^MicrosoftAppId: must be an application id/),
    ]);
  });

  it('never prints the app password', () => {
    const reported = problems({ ...TEAMS, MicrosoftAppType: 'x', BotOpenIdMetadata: 'nope' });

    expect(reported.join('\n')).not.toContain(TEAMS.MicrosoftAppPassword);
    expect(reported).toContain('BotOpenIdMetadata: must be an http(s) URL (got "nope")');
  });

  it('takes the metadata and login URLs for tests and other clouds', () => {
    const teams = loadConfig({
      ...TEAMS,
      BotOpenIdMetadata: 'http://127.0.0.1:9/v1/.well-known/openidconfiguration',
      ToChannelFromBotLoginUrl: 'http://127.0.0.1:9/tenant/',
    }).teams;

    expect(teams?.openIdMetadataUrl).toBe('http://127.0.0.1:9/v1/.well-known/openidconfiguration');
    expect(teams?.loginUrl).toBe('http://127.0.0.1:9/tenant');
  });

  it('rejects URL overrides without an app', () => {
    expect(problems({ BotOpenIdMetadata: 'http://127.0.0.1:9/x' })).toEqual([
      'BotOpenIdMetadata: set without MicrosoftAppId; Teams needs the app registration too',
    ]);
  });
});
