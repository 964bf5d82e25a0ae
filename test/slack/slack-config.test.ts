import { describe, expect, it } from '@jest/globals';

import { loadConfig } from '../../src/config.js';
import { ConfigError } from '../../src/errors.js';

function problemsOf(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.join('\n');
    throw error;
  }
  return '';
}

describe('loadConfig for Slack', () => {
  it('leaves Slack off without a bot token', () => {
    const config = loadConfig({});

    expect(config.slack).toBeNull();
    expect(config.port).toBe(3000);
  });

  it('reads the HTTP receiver settings', () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-1-2-abc',
      SLACK_SIGNING_SECRET: 'signing-secret',
      SLACK_API_URL: 'http://127.0.0.1:9999/api',
      SLACK_APPROVERS: 'U0AAA1, U0BBB2',
      SLACK_APPROVER_GROUP: 'S0GRP1',
      PORT: '8080',
    });

    expect(config.port).toBe(8080);
    expect(config.slack).toEqual({
      botToken: 'xoxb-1-2-abc',
      signingSecret: 'signing-secret',
      appToken: undefined,
      apiUrl: 'http://127.0.0.1:9999/api/',
      approvers: ['U0AAA1', 'U0BBB2'],
      approverGroup: 'S0GRP1',
    });
  });

  it('reads Socket Mode without a signing secret', () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' });

    expect(config.slack?.appToken).toBe('xapp-1');
    expect(config.slack?.signingSecret).toBeUndefined();
  });

  it('names every Slack problem at once', () => {
    const problems = problemsOf({
      SLACK_BOT_TOKEN: 'xoxp-user-token',
      SLACK_API_URL: 'slack.example',
      SLACK_APPROVERS: 'maria',
      SLACK_APPROVER_GROUP: 'admins',
      PORT: 'eighty',
    });

    for (const name of [
      'SLACK_BOT_TOKEN',
      'SLACK_SIGNING_SECRET',
      'SLACK_API_URL',
      'SLACK_APPROVERS',
      'SLACK_APPROVER_GROUP',
      'PORT',
    ]) {
      expect(problems).toContain(name);
    }
  });

  it('asks for the bot token when only a signing secret is set', () => {
    expect(problemsOf({ SLACK_SIGNING_SECRET: 'signing-secret' })).toContain('SLACK_BOT_TOKEN');
  });

  it('never prints a Slack secret', () => {
    const problems = problemsOf({
      SLACK_BOT_TOKEN: 'xoxp-secret-user-token',
      SLACK_APP_TOKEN: 'not-an-app-token-secret',
      SLACK_SIGNING_SECRET: '   ',
    });

    expect(problems).not.toContain('secret-user-token');
    expect(problems).not.toContain('not-an-app-token-secret');
  });
});
