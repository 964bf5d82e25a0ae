import { createRequire } from 'node:module';

// kysely's ESM build is 263 modules, and under tsx each passes through the loader thread: about
// 26 MiB of RSS against 6 MiB for its CommonJS build (measured with `node --import tsx` on
// Node 20). Every value taken from kysely comes from here, so only the CommonJS build loads;
// type-only imports of 'kysely' load nothing.
const kysely = createRequire(import.meta.url)('kysely') as typeof import('kysely');

export const { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } = kysely;
