import { z } from 'zod';

import { ConfigError } from './errors.js';

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

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
  FRONTDESK_DB_PATH: { secret: false, schema: z.string().trim().default('data/frontdesk.db') },
  DEFAULT_SITE: { secret: false, schema: optionalText },
  PROPOSAL_TTL_MINUTES: { secret: false, schema: positiveInt(24 * 60) },
  UNDO_MINUTES: { secret: false, schema: positiveInt(10) },
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

export interface FrontdeskConfig {
  /** A real ElevenOS account, or null to start the embedded sandbox. */
  elevenOs: ElevenOsAccount | null;
  elevenOsTimeoutMs: number;
  sandboxPort: number;
  dbPath: string;
  defaultSite: string | undefined;
  proposalTtlMs: number;
  undoWindowMs: number;
  logLevel: string | undefined;
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
    dbPath: values.FRONTDESK_DB_PATH as string,
    defaultSite: values.DEFAULT_SITE as string | undefined,
    proposalTtlMs: (values.PROPOSAL_TTL_MINUTES as number) * 60_000,
    undoWindowMs: (values.UNDO_MINUTES as number) * 60_000,
    logLevel: values.LOG_LEVEL as string | undefined,
  });
}
