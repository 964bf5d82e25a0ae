import { openStore } from '../src/store/open-store.js';
import { readConfig } from './read-config.js';

/** Brings the database schema up to date, as a release step before new processes start. */
export async function runMigrate(): Promise<number> {
  const config = readConfig();
  if (config === null) return 1;
  const store = await openStore(config);
  await store.close();
  process.stdout.write('Database migrations are up to date.\n');
  return 0;
}
