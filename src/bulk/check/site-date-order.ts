import type { Site } from '../../elevenos/types.js';
import type { DateOrder } from '../../parse/types.js';

/** Returns the site's order for numeric dates: day first when DAY_FIRST_SITES names it by id or name. */
export function siteDateOrder(site: Site, dayFirstSites: readonly string[]): DateOrder {
  const dayFirst = dayFirstSites.some(
    (entry) => entry === site.siteId || entry.toLowerCase() === site.name.toLowerCase(),
  );
  return dayFirst ? 'day-first' : 'month-first';
}
