import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from '@jest/globals';
import { z } from 'zod';

const ROOT = join(import.meta.dirname, '..', '..');
const manifest: unknown = JSON.parse(readFileSync(join(ROOT, 'manifests', 'slack.json'), 'utf8'));

const httpsUrl = z.string().url().startsWith('https://');

// The app manifest structure Slack documents (api.slack.com/reference/manifests), limited to the
// sections Frontdesk uses; strict objects catch misspelled keys.
const manifestSchema = z
  .object({
    _metadata: z.object({ major_version: z.literal(1), minor_version: z.number().int() }).strict(),
    display_information: z
      .object({
        name: z.string().min(1).max(35),
        description: z.string().max(140),
        long_description: z.string().min(175).max(4000),
        background_color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
      })
      .strict(),
    features: z
      .object({
        app_home: z
          .object({
            home_tab_enabled: z.boolean(),
            messages_tab_enabled: z.boolean(),
            messages_tab_read_only_enabled: z.boolean(),
          })
          .strict(),
        bot_user: z
          .object({ display_name: z.string().min(1).max(80), always_online: z.boolean() })
          .strict(),
        slash_commands: z.array(
          z
            .object({
              command: z.string().regex(/^\/[a-z0-9_-]{1,31}$/),
              url: httpsUrl,
              description: z.string().min(1).max(2000),
              usage_hint: z.string().max(1000),
              should_escape: z.boolean(),
            })
            .strict(),
        ),
      })
      .strict(),
    oauth_config: z.object({ scopes: z.object({ bot: z.array(z.string()) }).strict() }).strict(),
    settings: z
      .object({
        event_subscriptions: z
          .object({ request_url: httpsUrl, bot_events: z.array(z.string()) })
          .strict(),
        interactivity: z
          .object({
            is_enabled: z.boolean(),
            request_url: httpsUrl,
            message_menu_options_url: httpsUrl,
          })
          .strict(),
        org_deploy_enabled: z.boolean(),
        socket_mode_enabled: z.boolean(),
        token_rotation_enabled: z.boolean(),
      })
      .strict(),
  })
  .strict();

/** The bot scope each Web API method the adapter calls needs; null for none. */
const METHOD_SCOPES: Record<string, string[]> = {
  'auth.test': [],
  'chat.postMessage': ['chat:write'],
  'chat.postEphemeral': ['chat:write'],
  'chat.update': ['chat:write'],
  'files.uploadV2': ['files:write'],
  'views.open': [],
  'views.update': [],
  'views.publish': [],
  'usergroups.users.list': ['usergroups:read'],
  'users.conversations': ['channels:read', 'groups:read'],
};

function adapterSources(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? adapterSources(join(directory, entry.name))
      : [readFileSync(join(directory, entry.name), 'utf8')],
  );
}

describe('Slack app manifest', () => {
  const parsed = manifestSchema.parse(manifest);
  const scopes = parsed.oauth_config.scopes.bot;

  it('matches the documented manifest structure', () => {
    expect(manifestSchema.safeParse(manifest).success).toBe(true);
  });

  it('declares the /frontdesk command on the events URL', () => {
    const [command] = parsed.features.slash_commands;

    expect(parsed.features.slash_commands).toHaveLength(1);
    expect(command!.command).toBe('/frontdesk');
    expect(new URL(command!.url).pathname).toBe('/slack/events');
  });

  it('sends events and interactions to the events URL', () => {
    const { event_subscriptions: events, interactivity } = parsed.settings;

    expect(new URL(events.request_url).pathname).toBe('/slack/events');
    expect(interactivity.is_enabled).toBe(true);
    expect(new URL(interactivity.request_url).pathname).toBe('/slack/events');
    expect(new URL(interactivity.message_menu_options_url).pathname).toBe('/slack/events');
  });

  it('subscribes to mentions, messages and App Home', () => {
    expect([...parsed.settings.event_subscriptions.bot_events].sort()).toEqual([
      'app_home_opened',
      'app_mention',
      'message.channels',
      'message.groups',
      'message.im',
    ]);
    expect(parsed.features.app_home.home_tab_enabled).toBe(true);
    expect(parsed.features.app_home.messages_tab_enabled).toBe(true);
  });

  it('holds the scopes its commands and events need', () => {
    for (const scope of ['commands', 'app_mentions:read', 'im:history', 'chat:write.public']) {
      expect(scopes).toContain(scope);
    }
  });

  it('holds the scopes shared file imports need', () => {
    // message.channels and message.groups need the history scopes; downloads need files:read.
    for (const scope of ['channels:history', 'groups:history', 'files:read']) {
      expect(scopes).toContain(scope);
    }
  });

  it('holds a scope for every Web API method the adapter calls', () => {
    const called = new Set(
      adapterSources(join(ROOT, 'adapters', 'slack')).flatMap((source) =>
        [...source.matchAll(/client\.([a-z]+\.[a-zA-Z.]+)\(/g)].map((match) => match[1]!),
      ),
    );

    // files.uploadV2 is a WebClient method, not a Web API path, so the pattern above misses it.
    if (
      adapterSources(join(ROOT, 'adapters', 'slack')).some((source) =>
        source.includes('client.filesUploadV2('),
      )
    ) {
      called.add('files.uploadV2');
    }

    expect(called.size).toBeGreaterThan(0);
    for (const method of called) {
      expect(Object.keys(METHOD_SCOPES)).toContain(method);
      for (const scope of METHOD_SCOPES[method]!) expect(scopes).toContain(scope);
    }
  });
});
