import { openTestDatabase } from './test-db';
import { seedDemoLedger } from './demo-ledger';
import { seedDemoActivity } from './demo-activity';
import { openVandaag } from './today.repo';
import { remindersSent } from './letters.repo';
import { listDebtors } from './debtors.repo';
import { getDebtorFile } from './debtor-file.repo';

// Every weekday of a year, so no weekend or holiday makes the demo inconsistent.
const DAYS = Array.from({ length: 7 }, (_, i) => `2026-11-${String(23 + i).padStart(2, '0')}`).concat(['2026-12-28', '2027-01-04', '2027-04-06']);

describe('the demo ledger’s history', () => {
  it.each(DAYS)('on %s Vandaag shows a broken promise, a call-back, a late installment; reminders and a complaint are on file', (today) => {
    const { db, close } = openTestDatabase();
    seedDemoLedger(db, today);
    seedDemoActivity(db, today);
    const items = openVandaag(db, today, 7);
    const kinds = new Set(items.map((i) => i.kind));
    for (const kind of ['broken_promise', 'call_back', 'late_installment']) expect(kinds, kind).toContain(kind);
    const names = items.map((i) => i.debtor.name);
    expect(names).toEqual(expect.arrayContaining(['Hotel De Zwaan BV', 'Jansen Installatietechniek BV', 'De Groot Transport BV']));
    const hoekje = listDebtors(db, today, 'Hoekje')[0]!;
    expect(remindersSent(db, hoekje.id).map((r) => r.type)).toEqual(['reminder1', 'reminder2', 'reminder3']);
    const flora = listDebtors(db, today, 'Flora')[0]!;
    expect(getDebtorFile(db, flora.id, today).openInvoices.find((i) => i.number === '1011')!.onHold).toBe(true);
    // Leeflang & Zn stays as seed 000 has it: € 3.135,22 open, nothing happened yet.
    expect(listDebtors(db, today, 'Leeflang')[0]!.openCents).toBe(313522);
    close();
  });
});
