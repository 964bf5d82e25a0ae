import { z } from 'zod';

import { ConfigError } from './errors.js';

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const positiveInt = (fallback: number) =>
  z.coerce
    .number({ invalid_type_error: 'must be a whole number' })
    .int('must be a whole number')
    .positive('must be above zero')
    .default(fallback);

/**
 * Every environment variable Frontdesk reads, declared once. `secret` variables are never
 * printed, not even in configuration errors.
 */
export const ENV_VARIABLES = {
  ELEVENOS_BASE_URL: { secret: false, schema: optionalText },
  ELEVENOS_EMAIL: { secret: false, schema: optionalText },
  ELEVENOS_PASSWORD: { secret: true, schema: optionalText },
  ELEVENOS_TEAM_ID: { secret: false, schema: optionalText },
  ELEVENOS_TIMEOUT_MS: { secret: false, schema: positiveInt(10_000) },
  SANDBOX_PORT: { secret: false, schema: z.coerce.number().int().min(0).max(65_535).default(0) },
  FRONTDESK_DB_PATH: { secret: false, schema: optionalText },
  DATABASE_URL: { secret: true, schema: optionalText },
  DATABASE_SCHEMA: {
    secret: false,
    schema: optionalText.refine(
      (value) => value === undefined || /^[a-z_][a-z0-9_]*$/.test(value),
      {
        message: 'must be a lower-case Postgres identifier',
      },
    ),
  },
  DEFAULT_SITE: { secret: false, schema: optionalText },
  DAY_FIRST_SITES: {
    secret: false,
    schema: z
      .string()
      .optional()
      .transform((value) =>
        (value ?? '')
          .split(',')
          .map((entry) => entry.trim())
          .filter((entry) => entry !== ''),
      ),
  },
  PROPOSAL_TTL_MINUTES: { secret: false, schema: positiveInt(24 * 60) },
  UNDO_MINUTES: { secret: false, schema: positiveInt(10) },
  RETENTION_DAYS: { secret: false, schema: positiveInt(30) },
  AUDIT_RETENTION_DAYS: { secret: false, schema: positiveInt(365) },
  PORT: { secret: false, schema: z.coerce.number().int().min(0).max(65_535).default(3000) },
  SLACK_SIGNING_SECRET: { secret: true, schema: optionalText },
  SLACK_BOT_TOKEN: { secret: true, schema: optionalText },
  SLACK_APP_TOKEN: { secret: true, schema: optionalText },
  SLACK_API_URL: { secret: false, schema: optionalText },
  SLACK_FILES_ORIGIN: { secret: false, schema: optionalText },
  SLACK_APPROVERS: { secret: false, schema: optionalText },
  SLACK_APPROVER_GROUP: { secret: false, schema: optionalText },
  // Teams keeps the Bot Framework's own names, which Azure's docs and samples use.
  MicrosoftAppId: { secret: false, schema: optionalText },
  MicrosoftAppPassword: { secret: true, schema: optionalText },
  MicrosoftAppTenantId: { secret: false, schema: optionalText },
  MicrosoftAppType: { secret: false, schema: optionalText },
  BotOpenIdMetadata: { secret: false, schema: optionalText },
  ToChannelFromBotLoginUrl: { secret: false, schema: optionalText },
  TEAMS_APPROVERS: {
    secret: false,
    schema: z
      .string()
      .optional()
      .transform((value) =>
        (value ?? '')
          .split(',')
          .map((entry) => entry.trim().toLowerCase())
          .filter((entry) => entry !== ''),
      )
      .refine((ids) => ids.every((id) => ENTRA_OBJECT_ID.test(id)), {
        message:
          'must list Microsoft Entra object ids such as 00000000-0000-0000-0000-000000000000',
      }),
  },
  TEAMS_FILE_TEST_ORIGIN: { secret: false, schema: optionalText },
  LOG_LEVEL: {
    secret: false,
    schema: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  },
} as const;

type EnvName = keyof typeof ENV_VARIABLES;

export interface ElevenOsAccount {
  baseUrl: string;
  email: string;
  password: string;
  teamId: string | undefined;
}

export interface SlackSettings {
  botToken: string;
  /** Verifies requests to the HTTP receiver; unset in Socket Mode. */
  signingSecret: string | undefined;
  /** An app-level token: when set, Frontdesk connects over Socket Mode instead of HTTP. */
  appToken: string | undefined;
  /** Web API base URL; Slack's own when unset. */
  apiUrl: string | undefined;
  /**
   * The only origin shared files are downloaded from with the bot token, such as
   * https://files.slack.com (the default when unset).
   */
  filesOrigin?: string | undefined;
  /** Slack user ids that may confirm writes; with no approvers and no group, anyone may. */
  approvers: string[];
  /** A Slack user group id whose members may confirm writes. */
  approverGroup: string | undefined;
}

/** The Azure bot registration that Frontdesk answers Teams as. */
export interface TeamsSettings {
  /** The bot's Microsoft Entra application (client) id. */
  appId: string;
  /** A client secret of that application. */
  appPassword: string;
  /** The one tenant whose Teams may talk to the bot. */
  tenantId: string;
  /**
   * OpenID metadata of the keys that sign the Bot Connector's requests; the public cloud's when
   * unset. Tests point it at a key set on 127.0.0.1.
   */
  openIdMetadataUrl: string | undefined;
  /**
   * Authority the bot gets its own tokens from, as `<url>/oauth2/v2.0/token`; by default
   * `https://login.microsoftonline.com/<tenant>`.
   */
  loginUrl: string | undefined;
  /**
   * Microsoft Entra object ids, in lower case, of the users who may confirm writes and bind
   * channels; with none, anyone may.
   */
  approvers: string[];
  /**
   * An http origin whose attachment links are downloaded besides https ones, for tests against a
   * local file server; unset in production.
   */
  fileTestOrigin?: string | undefined;
}

export interface RetentionSettings {
  /**
   * Days after a proposal, question or bulk job is finished before its resident details
   * (names, emails, phones, CSV rows) are deleted.
   */
  personalDataDays: number;
  /** Days audit events are kept; they hold ids and codes only. */
  auditDays: number;
}

export interface FrontdeskConfig {
  /** A real ElevenOS account, or null to start the embedded sandbox. */
  elevenOs: ElevenOsAccount | null;
  elevenOsTimeoutMs: number;
  sandboxPort: number;
  dbPath: string;
  /** Postgres connection string; when set, it replaces the SQLite file. */
  databaseUrl: string | undefined;
  /** Postgres schema of Frontdesk's tables; `public` when unset. */
  databaseSchema: string | undefined;
  defaultSite: string | undefined;
  /** Sites (ids or names) whose numeric dates are day first. */
  dayFirstSites: string[];
  proposalTtlMs: number;
  undoWindowMs: number;
  /** How long stored data is kept before the worker deletes it. */
  retention: RetentionSettings;
  logLevel: string | undefined;
  /** HTTP port of the Slack receiver and its health route. */
  port: number;
  /** Slack credentials, or null to run the console instead. */
  slack: SlackSettings | null;
  /** The Teams bot registration, or null when Teams is not served. */
  teams: TeamsSettings | null;
}

const ACCOUNT_VARIABLES = ['ELEVENOS_BASE_URL', 'ELEVENOS_EMAIL', 'ELEVENOS_PASSWORD'] as const;

/** Reads and validates the environment. Throws one ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined>): Readonly<FrontdeskConfig> {
  const problems: string[] = [];
  const values: Partial<Record<EnvName, unknown>> = {};

  for (const [name, { schema, secret }] of Object.entries(ENV_VARIABLES)) {
    const result = schema.safeParse(env[name]);
    if (result.success) {
      values[name as EnvName] = result.data;
    } else {
      const shown = secret ? '' : ` (got "${env[name]}")`;
      problems.push(`${name}: ${result.error.issues[0]?.message ?? 'invalid'}${shown}`);
    }
  }

  const setAccountVariables = ACCOUNT_VARIABLES.filter((name) => values[name] !== undefined);
  if (setAccountVariables.length > 0 && setAccountVariables.length < ACCOUNT_VARIABLES.length) {
    for (const name of ACCOUNT_VARIABLES.filter((each) => values[each] === undefined)) {
      problems.push(`${name}: missing; set all of ${ACCOUNT_VARIABLES.join(', ')} or none of them`);
    }
  }
  const baseUrl = values.ELEVENOS_BASE_URL as string | undefined;
  if (baseUrl !== undefined && !/^https?:\/\/[^\s]+$/.test(baseUrl)) {
    problems.push(`ELEVENOS_BASE_URL: must be an http(s) URL (got "${baseUrl}")`);
  }
  const slack = readSlackSettings(values, problems);
  const teams = readTeamsSettings(values, problems);
  if (problems.length > 0) throw new ConfigError(problems);

  const elevenOs =
    setAccountVariables.length === ACCOUNT_VARIABLES.length
      ? {
          baseUrl: (baseUrl as string).replace(/\/+$/, ''),
          email: values.ELEVENOS_EMAIL as string,
          password: values.ELEVENOS_PASSWORD as string,
          teamId: values.ELEVENOS_TEAM_ID as string | undefined,
        }
      : null;

  return Object.freeze({
    elevenOs,
    elevenOsTimeoutMs: values.ELEVENOS_TIMEOUT_MS as number,
    sandboxPort: values.SANDBOX_PORT as number,
    dbPath: (values.FRONTDESK_DB_PATH as string | undefined) ?? defaultDbPath(elevenOs),
    databaseUrl: values.DATABASE_URL as string | undefined,
    databaseSchema: values.DATABASE_SCHEMA as string | undefined,
    defaultSite: values.DEFAULT_SITE as string | undefined,
    dayFirstSites: values.DAY_FIRST_SITES as string[],
    proposalTtlMs: (values.PROPOSAL_TTL_MINUTES as number) * 60_000,
    undoWindowMs: (values.UNDO_MINUTES as number) * 60_000,
    retention: {
      personalDataDays: values.RETENTION_DAYS as number,
      auditDays: values.AUDIT_RETENTION_DAYS as number,
    },
    logLevel: values.LOG_LEVEL as string | undefined,
    port: values.PORT as number,
    slack,
    teams,
  });
}

/**
 * Picks the SQLite path when FRONTDESK_DB_PATH is unset. The embedded sandbox discards its
 * residents at exit, so its store lives in memory too: a file would carry bulk jobs, questions and
 * channel settings into the next run, against a sandbox that never saw them.
 */
function defaultDbPath(elevenOs: ElevenOsAccount | null): string {
  return elevenOs === null ? ':memory:' : 'data/frontdesk.db';
}

/** Returns the origin of an http(s) URL, such as https://files.slack.com, or null for other text. */
function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

const ENTRA_OBJECT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SLACK_USER_ID = /^[UW][A-Z0-9]{2,}$/;
const SLACK_GROUP_ID = /^S[A-Z0-9]{2,}$/;

/** Checks the Slack variables together; adds a problem per bad one and returns null on any. */
function readSlackSettings(
  values: Partial<Record<EnvName, unknown>>,
  problems: string[],
): SlackSettings | null {
  const botToken = values.SLACK_BOT_TOKEN as string | undefined;
  const signingSecret = values.SLACK_SIGNING_SECRET as string | undefined;
  const appToken = values.SLACK_APP_TOKEN as string | undefined;
  const apiUrl = values.SLACK_API_URL as string | undefined;
  const filesOrigin = values.SLACK_FILES_ORIGIN as string | undefined;
  const approverGroup = values.SLACK_APPROVER_GROUP as string | undefined;
  const approvers = ((values.SLACK_APPROVERS as string | undefined) ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  const before = problems.length;

  if (botToken === undefined) {
    if (signingSecret !== undefined || appToken !== undefined) {
      problems.push('SLACK_BOT_TOKEN: missing; Slack needs the bot token (xoxb-...) as well');
    }
    return null;
  }
  if (!botToken.startsWith('xoxb-')) {
    problems.push('SLACK_BOT_TOKEN: must be a bot token starting with xoxb-');
  }
  if (signingSecret === undefined && appToken === undefined) {
    problems.push(
      'SLACK_SIGNING_SECRET: missing; set it for the HTTP receiver, or SLACK_APP_TOKEN for Socket Mode',
    );
  }
  if (appToken !== undefined && !appToken.startsWith('xapp-')) {
    problems.push('SLACK_APP_TOKEN: must be an app-level token starting with xapp-');
  }
  if (apiUrl !== undefined && !/^https?:\/\/[^\s]+$/.test(apiUrl)) {
    problems.push(`SLACK_API_URL: must be an http(s) URL (got "${apiUrl}")`);
  }
  if (filesOrigin !== undefined && originOf(filesOrigin) === null) {
    problems.push(
      `SLACK_FILES_ORIGIN: must be an http(s) origin such as https://files.slack.com (got "${filesOrigin}")`,
    );
  }
  for (const id of approvers.filter((each) => !SLACK_USER_ID.test(each))) {
    problems.push(`SLACK_APPROVERS: "${id}" is not a Slack user id such as U012AB3CD`);
  }
  if (approverGroup !== undefined && !SLACK_GROUP_ID.test(approverGroup)) {
    problems.push(
      `SLACK_APPROVER_GROUP: "${approverGroup}" is not a Slack user group id such as S012AB3CD`,
    );
  }
  if (problems.length > before) return null;

  return {
    botToken,
    signingSecret,
    appToken,
    apiUrl: apiUrl === undefined ? undefined : `${apiUrl.replace(/\/+$/, '')}/`,
    filesOrigin: filesOrigin === undefined ? undefined : originOf(filesOrigin)!,
    approvers,
    approverGroup,
  };
}

const TEAMS_VARIABLES = [
  'MicrosoftAppId',
  'MicrosoftAppPassword',
  'MicrosoftAppTenantId',
  'MicrosoftAppType',
] as const;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TENANT_DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i;
const HTTP_URL = /^https?:\/\/[^\s]+$/;

/**
 * Checks the Teams variables together: all four or none, a single-tenant app, URLs that are URLs.
 * Adds one problem per bad variable and returns null on any.
 */
function readTeamsSettings(
  values: Partial<Record<string, unknown>>,
  problems: string[],
): TeamsSettings | null {
  const text = (name: string) => values[name] as string | undefined;
  const appId = text('MicrosoftAppId');
  const appPassword = text('MicrosoftAppPassword');
  const tenantId = text('MicrosoftAppTenantId');
  const appType = text('MicrosoftAppType');
  const openIdMetadataUrl = text('BotOpenIdMetadata');
  const loginUrl = text('ToChannelFromBotLoginUrl');
  const fileTestOrigin = text('TEAMS_FILE_TEST_ORIGIN');
  const before = problems.length;

  const missing = TEAMS_VARIABLES.filter((name) => text(name) === undefined);
  const approvers = (values.TEAMS_APPROVERS as string[] | undefined) ?? [];
  if (missing.length === TEAMS_VARIABLES.length) {
    if (approvers.length > 0) {
      problems.push(
        'TEAMS_APPROVERS: set without MicrosoftAppId; Teams needs the app registration too',
      );
    }
    for (const name of ['BotOpenIdMetadata', 'ToChannelFromBotLoginUrl']) {
      if (text(name) !== undefined) {
        problems.push(`${name}: set without MicrosoftAppId; Teams needs the app registration too`);
      }
    }
    return null;
  }
  for (const name of missing) {
    problems.push(`${name}: missing; set all of ${TEAMS_VARIABLES.join(', ')} or none of them`);
  }
  if (appId !== undefined && !GUID.test(appId)) {
    problems.push(
      `MicrosoftAppId: must be an application id such as 00000000-0000-0000-0000-000000000000 (got "${appId}")`,
    );
  }
  if (tenantId !== undefined && !GUID.test(tenantId) && !TENANT_DOMAIN.test(tenantId)) {
    problems.push(`MicrosoftAppTenantId: must be a tenant id or domain (got "${tenantId}")`);
  }
  if (appType !== undefined && appType.toLowerCase() !== 'singletenant') {
    problems.push(`MicrosoftAppType: must be SingleTenant (got "${appType}")`);
  }
  for (const [name, url] of [
    ['BotOpenIdMetadata', openIdMetadataUrl],
    ['ToChannelFromBotLoginUrl', loginUrl],
  ] as const) {
    if (url !== undefined && !HTTP_URL.test(url)) {
      problems.push(`${name}: must be an http(s) URL (got "${url}")`);
    }
  }
  if (fileTestOrigin !== undefined && originOf(fileTestOrigin) === null) {
    problems.push(
      `TEAMS_FILE_TEST_ORIGIN: must be an http(s) origin such as http://127.0.0.1:4000 (got "${fileTestOrigin}")`,
    );
  }
  if (problems.length > before) return null;

  return {
    appId: appId!,
    appPassword: appPassword!,
    tenantId: tenantId!,
    openIdMetadataUrl,
    loginUrl: loginUrl?.replace(/\/+$/, ''),
    approvers,
    fileTestOrigin: fileTestOrigin === undefined ? undefined : originOf(fileTestOrigin)!,
  };
}
