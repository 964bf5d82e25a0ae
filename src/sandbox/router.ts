import { ROUTES } from '../elevenos/contract.js';
import type { PathParams, RouteName } from '../elevenos/contract.js';

export interface RouteMatch {
  name: RouteName;
  params: PathParams;
}

const COMPILED = (Object.entries(ROUTES) as [RouteName, (typeof ROUTES)[RouteName]][]).map(
  ([name, route]) => {
    const names: string[] = [];
    const pattern = route.template.replace(/\{(\w+)\}/g, (_match, param: string) => {
      names.push(param);
      return '([^/]+)';
    });
    return { name, method: route.method, regex: new RegExp(`^${pattern}/?$`), names };
  },
);

/** Finds the contract route for a method and a path below the version prefix. */
export function matchRoute(method: string, path: string): RouteMatch | null {
  for (const route of COMPILED) {
    const match = route.method === method ? route.regex.exec(path) : null;
    if (match === null) {
      continue;
    }
    const params: Record<string, string> = {};
    try {
      route.names.forEach((param, index) => {
        params[param] = decodeURIComponent(match[index + 1] ?? '');
      });
    } catch {
      // A malformed percent-escape cannot name any team, site or resident.
      return null;
    }
    return { name: route.name, params };
  }
  return null;
}
