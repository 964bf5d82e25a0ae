// `npm run teams:package`: writes the Teams app package for the bot in MicrosoftAppId.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { buildTeamsPackage } from '../adapters/teams/teams-package.js';

const USAGE = `usage: npm run teams:package -- [--app-id ID] [--out FILE]

  --app-id ID   the Azure bot's application id; default: the MicrosoftAppId variable
  --out FILE    where to write the zip; default: data/frontdesk-teams.zip
`;

function main(): number {
  const { values } = parseArgs({
    options: { 'app-id': { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help === true) {
    process.stdout.write(USAGE);
    return 0;
  }
  const appId = values['app-id'] ?? process.env.MicrosoftAppId;
  if (appId === undefined || appId.trim() === '') {
    process.stderr.write(`MicrosoftAppId: missing; set it or pass --app-id.\n${USAGE}`);
    return 1;
  }
  const root = resolve(import.meta.dirname, '..');
  const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
    version: string;
  };
  const out = resolve(values.out ?? resolve(root, 'data', 'frontdesk-teams.zip'));

  let zip: Uint8Array;
  try {
    zip = buildTeamsPackage({
      manifestDir: resolve(root, 'manifests', 'teams'),
      appId: appId.trim(),
      version,
    });
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, zip);
  process.stdout.write(`Wrote ${out}: upload it in Teams under Apps > Manage your apps.\n`);
  return 0;
}

process.exitCode = main();
