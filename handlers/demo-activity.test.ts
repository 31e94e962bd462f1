// The demo ledger's history, as the collector meets it on the first start: through the channels.
import { seedDemoActivity } from './demo-activity';
import { handlerTest } from './test-context';

// Weekdays around the year's end and a date after Easter, so no weekend or holiday makes the demo inconsistent.
const DAYS = Array.from({ length: 7 }, (_, i) => `2026-11-${String(23 + i).padStart(2, '0')}`).concat(['2026-12-28', '2027-01-04', '2027-04-06']);

describe('the demo ledger’s history', () => {
  it.each(DAYS)('on %s Vandaag shows a broken promise, a call-back, a late installment; reminders and a complaint are on file', async (today) => {
    const t = handlerTest(today);
    seedDemoActivity(t.db, today);
    const { lines } = await t.ok('worklist:list', { limit: 500 });
    const kinds = new Set(lines.flatMap((l) => l.reasons.map((r) => r.kind)));
    for (const kind of ['broken_promise', 'call_back', 'late_installment']) expect(kinds, kind).toContain(kind);
    const agreed = lines.filter((l) => l.reasons.some((r) => ['broken_promise', 'call_back', 'late_installment'].includes(r.kind)));
    expect(agreed.map((l) => l.debtorName)).toEqual(expect.arrayContaining(['Hotel De Zwaan BV', 'Jansen Installatietechniek BV', 'De Groot Transport BV']));
    const [hoekje] = (await t.ok('debtors:list', { search: 'Hoekje' })).rows;
    expect((await t.ok('letters:list', { debtorId: hoekje!.id })).map((r) => r.type)).toEqual(['reminder3', 'reminder2', 'reminder1']);
    // Every letter the history mentions is a letter on file: the letters section and the timeline read the same rows.
    for (const [name, type] of [['Hotel De Zwaan', 'confirmation'], ['De Groot', 'plan_agreement']] as const) {
      const [debtor] = (await t.ok('debtors:list', { search: name })).rows;
      expect((await t.ok('letters:list', { debtorId: debtor!.id })).map((r) => r.type), name).toEqual([type]);
      const timeline = (await t.ok('timeline:get', { debtorId: debtor!.id })).items;
      expect(timeline.filter((i) => i.kind === 'letter').map((i) => i.kind === 'letter' && i.letter.type), name).toEqual([type]);
    }
    const [zwaan] = (await t.ok('debtors:list', { search: 'Hotel De Zwaan' })).rows;
    expect((await t.ok('letters:options', { debtorId: zwaan!.id })).calls.every((c) => c.confirmationId !== null)).toBe(true);
    const [flora] = (await t.ok('debtors:list', { search: 'Flora' })).rows;
    expect((await t.ok('debtors:get', { id: flora!.id })).openInvoices.find((i) => i.number === '1011')!.onHold).toBe(true);
    // Leeflang & Zn stays as seed 000 has it: € 3.135,22 open, nothing happened yet.
    expect((await t.ok('debtors:list', { search: 'Leeflang' })).rows[0]!.openCents).toBe(313522);
    t.close();
  });
});
