// Hash routes: in Electron they never trigger navigation (which is blocked), and they survive reloads.
import { useEffect, useState } from 'react';

export type Route =
  | { name: 'debtors' }
  | { name: 'debtor'; id: number }
  | { name: 'call'; id: number; kind: 'collection' | 'preventive' }
  | { name: 'today' }
  | { name: 'tasks' }
  | { name: 'complaints' }
  | { name: 'settings' }
  | { name: 'letter'; id: number }
  | { name: 'letterBatch' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [first, second, third] = parts;
  const id = Number(second);
  switch (first) {
    case 'debtors':
      if (Number.isInteger(id) && id > 0) {
        if (third === 'call') return { name: 'call', id, kind: 'collection' };
        if (third === 'preventive') return { name: 'call', id, kind: 'preventive' };
        return { name: 'debtor', id };
      }
      return { name: 'debtors' };
    case 'letters':
      if (second === 'batch') return { name: 'letterBatch' };
      return Number.isInteger(id) && id > 0 ? { name: 'letter', id } : { name: 'debtors' };
    case 'today':
    case 'tasks':
    case 'complaints':
    case 'settings':
      return { name: first };
    default:
      return { name: 'debtors' };
  }
}

export function routeToHash(route: Route): string {
  switch (route.name) {
    case 'debtor':
      return `#/debtors/${route.id}`;
    case 'call':
      return `#/debtors/${route.id}/${route.kind === 'preventive' ? 'preventive' : 'call'}`;
    case 'letter':
      return `#/letters/${route.id}`;
    case 'letterBatch':
      return '#/letters/batch';
    default:
      return `#/${route.name}`;
  }
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
