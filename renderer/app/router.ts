// Hash routes: in Electron they never trigger navigation (which is blocked), and they survive reloads.
// ROUTES is the one route table: a route's name and its path, ":id" a positive whole number. What each
// route shows is SCREENS in routes.tsx, which TypeScript holds to this table.
import { useEffect, useState } from 'react';

export const ROUTES = {
  today: 'today',
  debtors: 'debtors',
  debtor: 'debtors/:id',
  newDebtor: 'debtors/new',
  call: 'debtors/:id/call',
  preventiveCall: 'debtors/:id/preventive',
  tasks: 'tasks',
  complaints: 'complaints',
  settings: 'settings',
  data: 'data',
  letterBatch: 'letters/batch',
  letter: 'letters/:id',
} as const;

type RouteName = keyof typeof ROUTES;
type Params<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? { [K in Name]: number } & Params<Rest>
  : P extends `${string}:${infer Name}`
    ? { [K in Name]: number }
    : unknown;
export type RouteOf<N extends RouteName> = { name: N } & Params<(typeof ROUTES)[N]>;
export type Route = { [N in RouteName]: RouteOf<N> }[RouteName];

const HOME: Route = { name: 'debtors' };

/** The route a hash names; an unknown one (or none) is the debtor list. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  for (const [name, path] of Object.entries(ROUTES) as [RouteName, string][]) {
    const pattern = path.split('/');
    if (pattern.length !== parts.length) continue;
    const params: Record<string, number> = {};
    const matches = pattern.every((segment, i) => {
      if (!segment.startsWith(':')) return segment === parts[i];
      const value = Number(parts[i]);
      params[segment.slice(1)] = value;
      return /^\d+$/.test(parts[i]!) && value > 0;
    });
    if (matches) return { name, ...params } as Route;
  }
  return HOME;
}

export function routeToHash(route: Route): string {
  const params = route as unknown as Record<string, number>;
  return `#/${ROUTES[route.name].replace(/:(\w+)/g, (_, name: string) => String(params[name]))}`;
}

export function navigate(route: Route): void {
  window.location.hash = routeToHash(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
