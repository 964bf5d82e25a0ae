import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { strToU8, zipSync } from 'fflate';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The files of a Teams app package; Teams wants them at the root of the zip. */
export const PACKAGE_FILES = ['manifest.json', 'color.png', 'outline.png'] as const;

export interface TeamsPackageOptions {
  /** The folder with manifest.json and the icons. */
  manifestDir: string;
  /** The Azure bot's application id, written into the manifest as the app and bot id. */
  appId: string;
  /** The app version Teams shows, such as 0.1.0. */
  version: string;
}

/**
 * Builds the zip that Teams' "Upload a custom app" and the Teams admin center take: the
 * manifest with the bot id and version filled in, and the two icons.
 */
export function buildTeamsPackage(options: TeamsPackageOptions): Uint8Array {
  if (!GUID.test(options.appId)) {
    throw new Error(
      `MicrosoftAppId must be an application id such as 00000000-0000-0000-0000-000000000000 (got "${options.appId}").`,
    );
  }
  const template = readFileSync(join(options.manifestDir, 'manifest.json'), 'utf8');
  const manifest = template
    .replaceAll('{{MicrosoftAppId}}', options.appId.toLowerCase())
    .replaceAll('{{version}}', options.version);
  JSON.parse(manifest);

  return zipSync({
    'manifest.json': strToU8(manifest),
    'color.png': readFileSync(join(options.manifestDir, 'color.png')),
    'outline.png': readFileSync(join(options.manifestDir, 'outline.png')),
  });
}
