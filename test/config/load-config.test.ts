import { describe, expect, it } from '@jest/globals';

import { loadConfig } from '../../src/config.js';
import { ConfigError } from '../../src/errors.js';

describe('loadConfig', () => {
  it('uses the sandbox when no ElevenOS account is set', () => {
    const config = loadConfig({});
    expect(config.elevenOs).toBeNull();
    expect(config.dbPath).toBe(':memory:');
    expect(config.proposalTtlMs).toBe(24 * 60 * 60_000);
  });

  it('keeps the store in a file with a real account', () => {
    const config = loadConfig({
      ELEVENOS_BASE_URL: 'https://api.11os.com/v2',
      ELEVENOS_EMAIL: 'bot@example.com',
      ELEVENOS_PASSWORD: 'secret-value',
    });
    expect(config.dbPath).toBe('data/frontdesk.db');
  });

  it('uses FRONTDESK_DB_PATH with the sandbox when set', () => {
    expect(loadConfig({ FRONTDESK_DB_PATH: 'tmp/run.db' }).dbPath).toBe('tmp/run.db');
  });

  it('reads a complete ElevenOS account', () => {
    const config = loadConfig({
      ELEVENOS_BASE_URL: 'https://api.11os.com/v2/',
      ELEVENOS_EMAIL: 'bot@example.com',
      ELEVENOS_PASSWORD: 'secret-value',
      ELEVENOS_TEAM_ID: '42',
    });
    expect(config.elevenOs).toEqual({
      baseUrl: 'https://api.11os.com/v2',
      email: 'bot@example.com',
      password: 'secret-value',
      teamId: '42',
    });
  });

  it('names every missing account variable at once', () => {
    let caught: unknown = null;
    try {
      loadConfig({ ELEVENOS_EMAIL: 'bot@example.com', PROPOSAL_TTL_MINUTES: 'soon' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const problems = (caught as ConfigError).problems.join('\n');
    expect(problems).toContain('ELEVENOS_BASE_URL');
    expect(problems).toContain('ELEVENOS_PASSWORD');
    expect(problems).toContain('PROPOSAL_TTL_MINUTES');
  });

  it('never prints a secret value', () => {
    const attempt = () =>
      loadConfig({
        ELEVENOS_BASE_URL: 'not a url',
        ELEVENOS_EMAIL: 'bot@example.com',
        ELEVENOS_PASSWORD: 'hunter2-secret',
      });
    expect(attempt).toThrow(/ELEVENOS_BASE_URL/);
    expect(attempt).not.toThrow(/hunter2-secret/);
  });
});
