import type { Migration } from 'kysely';

/** The audit trail, numbered from 0300. */
export const auditMigrations: Record<string, Migration> = {};
