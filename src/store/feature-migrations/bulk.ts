import type { Migration } from 'kysely';

/** Tables of bulk imports and terminations, numbered from 0100. */
export const bulkMigrations: Record<string, Migration> = {};
