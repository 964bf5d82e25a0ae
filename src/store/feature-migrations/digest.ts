import type { Migration } from 'kysely';

/** Tables of channel digests, numbered from 0200. */
export const digestMigrations: Record<string, Migration> = {};
