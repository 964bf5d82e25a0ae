import { loadConfig } from '../src/config.js';
import { ConfigError } from '../src/errors.js';
import { openStore } from '../src/store/open-store.js';

/** Brings the database schema up to date, as a release step before new processes start. */
export async function runMigrate(): Promise<number> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
  const store = await openStore(config);
  await store.close();
  process.stdout.write('Database migrations are up to date.\n');
  return 0;
}
