import type { SiteDirectory } from '../../bot/site-directory.js';
import type { ElevenOsClient } from '../../elevenos/client.js';
import type { Site } from '../../elevenos/types.js';
import { createUnitIndex } from '../../units/unit-index.js';
import type { ColumnMap } from '../csv/columns.js';
import type { CsvSource } from '../csv/read-csv.js';
import { checkImportRows } from './check-import.js';
import { chooseImportSite } from './choose-site.js';
import type { CheckedImportRow } from './import-row.js';
import { readImportFile } from './read-import-file.js';
import { siteDateOrder } from './site-date-order.js';

export interface ImportCheckOptions {
  client: ElevenOsClient;
  sites: SiteDirectory;
  now: Date;
  dayFirstSites: readonly string[];
  /** A site the staff named (`--site`, "at <site>"), or null. */
  named: string | null;
  /** The conversation's site, or null. */
  fixed: Site | null;
  /** The hint shown when the file needs a site, such as "Add --site <site>." on the command line. */
  siteHint?: string;
}

export interface CheckedImport {
  site: Site;
  columns: ColumnMap;
  rows: CheckedImportRow[];
}

/**
 * Reads an import file and checks every row against the site's units and residents, sending
 * nothing. Throws BulkFileError for a file that is not an import and ElevenOsError when ElevenOS
 * cannot be read. A site that cannot be chosen is returned as a problem to show.
 */
export async function checkImportSource(
  source: CsvSource,
  options: ImportCheckOptions,
): Promise<CheckedImport | { problem: string }> {
  const file = await readImportFile(source);
  const choice = await chooseImportSite(file.rows, options);
  if ('problem' in choice) return choice;

  const { site } = choice;
  const teamId = await options.sites.teamId();
  const [mappings, residents] = await Promise.all([
    options.sites.mappings(site.siteId),
    options.client.listResidents(teamId, site.siteId),
  ]);
  const rows = checkImportRows(file.rows, {
    site,
    index: createUnitIndex(mappings),
    residents,
    now: options.now,
    dateOrder: siteDateOrder(site, options.dayFirstSites),
  });
  return { site, columns: file.columns, rows };
}
