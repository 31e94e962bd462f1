import { openTestDatabase } from './test-db';
import { seedDemoLedger, isEmptyLedger } from './demo-ledger';
import { listDebtors } from './debtors.repo';

const TODAY = '2026-11-23';

describe('debtors list on the demo ledger', () => {
  it('fills an empty ledger once, with Leeflang & Zn owing € 3.135,22 from invoices 123, 456 and 789', () => {
    const { db, close } = openTestDatabase();
    expect(isEmptyLedger(db)).toBe(true);
    expect(seedDemoLedger(db, TODAY)).toBe(true);
    expect(seedDemoLedger(db, TODAY)).toBe(false); // never twice
    const rows = listDebtors(db, TODAY);
    expect(rows.length).toBeGreaterThanOrEqual(13);
    const leeflang = rows.find((r) => r.name === 'Leeflang & Zn')!;
    expect(leeflang.openCents).toBe(313522);
    expect(leeflang.openInvoiceCount).toBe(3);
    expect(leeflang.daysOverdue).toBe(14);
    close();
  });

  it('lists the longest overdue first and shows not-yet-due debtors with negative days', () => {
    const { db, close } = openTestDatabase();
    seedDemoLedger(db, TODAY);
    const rows = listDebtors(db, TODAY);
    const days = rows.map((r) => r.daysOverdue ?? -Infinity);
    expect(days[0]).toBe(60);
    expect([...days].sort((a, b) => b - a)).toEqual(days);
    expect(rows.find((r) => r.name === 'Bakkerij Van Dam BV')!.daysOverdue).toBe(-8);
    expect(rows.some((r) => r.kind === 'consumer')).toBe(true);
    close();
  });

  it('leaves the unpaid part of a partly paid invoice open', () => {
    const { db, close } = openTestDatabase();
    seedDemoLedger(db, TODAY);
    const smit = listDebtors(db, TODAY, 'smit')[0]!;
    expect(smit.name).toBe('Drukkerij Smit & Co');
    expect(smit.openCents).toBe(165289 + Math.round(165289 * 0.21) - 100000);
    close();
  });
});

describe('searching debtors', () => {
  it('reads % and _ as the characters typed, not as wildcards', () => {
    const { db, close } = openTestDatabase();
    seedDemoLedger(db, TODAY);
    expect(listDebtors(db, TODAY, '%')).toEqual([]);
    expect(listDebtors(db, TODAY, '_')).toEqual([]);
    expect(listDebtors(db, TODAY, "'t hoekje").map((d) => d.name)).toEqual(["Restaurant 't Hoekje"]);
    expect(listDebtors(db, TODAY, 'WEESP').map((d) => d.name).sort()).toEqual(['Bakkerij Van Dam BV', 'Leeflang & Zn']);
    close();
  });
});
