import { parseRoute, routeToHash, ROUTES, type Route } from './router';

const EXAMPLES: Route[] = [
  { name: 'today' },
  { name: 'debtors' },
  { name: 'debtor', id: 7 },
  { name: 'call', id: 7 },
  { name: 'preventiveCall', id: 7 },
  { name: 'tasks' },
  { name: 'complaints' },
  { name: 'settings' },
  { name: 'letterBatch' },
  { name: 'letter', id: 12 },
  { name: 'data' },
  { name: 'newDebtor' },
];

describe('the route table', () => {
  it('gives every route a hash that leads back to it', () => {
    expect(EXAMPLES.map((r) => r.name).sort()).toEqual(Object.keys(ROUTES).sort());
    for (const route of EXAMPLES) expect(parseRoute(routeToHash(route))).toEqual(route);
    expect(routeToHash({ name: 'call', id: 7 })).toBe('#/debtors/7/call');
    expect(routeToHash({ name: 'preventiveCall', id: 7 })).toBe('#/debtors/7/preventive');
  });

  it('opens the debtor list for a hash it does not know, or an id that is no id', () => {
    for (const hash of ['', '#/', '#/nowhere', '#/debtors/0', '#/debtors/abc', '#/letters/-3', '#/debtors/7/call/extra'])
      expect(parseRoute(hash)).toEqual({ name: 'debtors' });
    expect(parseRoute('#/letters/batch')).toEqual({ name: 'letterBatch' });
  });
});
