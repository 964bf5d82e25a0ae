import type { SiteDirectory } from '../../bot/site-directory.js';
import type { Site } from '../../elevenos/types.js';
import { createUnitIndex } from '../../units/unit-index.js';
import type { RawImportRow } from './import-row.js';
import { resolveRowUnit } from './resolve-row-unit.js';

// The site of a file is guessed from a sample of its rows; more rows would only cost time.
const SAMPLE_ROWS = 200;

const CHAT_SITE_HINT = 'Add "at <site>" to the command, or choose one with "use <site>".';

export type SiteChoice = { site: Site } | { problem: string };

/**
 * Picks the site a file is for: the one named, else the conversation's, else the one site where
 * most of the file's units exist.
 */
export async function chooseImportSite(
  rows: readonly RawImportRow[],
  options: {
    sites: SiteDirectory;
    named: string | null;
    fixed: Site | null;
    /** The hint that tells the user how to name a site, such as "Add --site <site>."; chat words by default. */
    siteHint?: string;
  },
): Promise<SiteChoice> {
  const all = await options.sites.sites();
  const list = all.map((site) => site.name).join(', ');
  if (options.named !== null) {
    const site = await options.sites.findSite(options.named);
    return site === null
      ? { problem: `There is no site called "${options.named}". Sites: ${list}.` }
      : { site };
  }
  if (options.fixed !== null) return { site: options.fixed };
  if (all.length === 1) return { site: all[0]! };

  const sample = rows.slice(0, SAMPLE_ROWS);
  const scores = await Promise.all(
    all.map(async (site) => {
      const index = createUnitIndex(await options.sites.mappings(site.siteId));
      const found = sample.filter((row) => 'unit' in resolveRowUnit(row.cells, index)).length;
      return { site, found };
    }),
  );
  const best = Math.max(...scores.map((score) => score.found));
  const winners = scores.filter((score) => score.found === best);
  if (best > 0 && winners.length === 1) return { site: winners[0]!.site };
  return {
    problem: `Which site is this file for? ${options.siteHint ?? CHAT_SITE_HINT} Sites: ${list}.`,
  };
}
