// The law's figures in letters come from the tables in Settings (issue 10, items 2 and 4): the interest
// rates with the half-years the user enters, the days a later decree equates with the holidays.
import { handlerTest } from '../test-context';
import { DEFAULT_SETTINGS } from '../../domain/settings';
import type { LetterModel } from '../../domain/letters/model';

const interestOf = (letter: LetterModel, invoice: string) =>
  letter.blocks
    .flatMap((b) => (b.kind === 'table' && b.table.caption.startsWith('Berekening van de rente') ? b.table.rows : []))
    .filter((r) => r.cells[0] === invoice)
    .reduce((sum, r) => sum + r.cents, 0);

describe('letters take the rates and the legal calendar from Settings', () => {
  // The demo ledger of 1 June 2026: Leeflang's invoice 456 (€ 2.898,24) fell due on 19 May 2026.
  const t = handlerTest('2026-06-01');
  const leeflang = t.debtorId('Leeflang & Zn');

  it('states € 56,15 interest on invoice 456 in the ingebrekestelling of 27-07-2026, and says on screen that 10,40% is derived', async () => {
    t.setNow('2026-07-27');
    const letter = await t.ok('letters:preview', { debtorId: leeflang, type: 'reminder3' });
    expect(interestOf(letter, '456')).toBe(5_615);
    // Two rate periods make two rows for 456; the letter also prints its interest as one figure.
    expect(letter.blocks).toContainEqual({ kind: 'paragraph', text: 'Rente per factuur: 123 € 3,50; 456 € 56,15; 789 € 1,12.' });
    expect(letter.warnings).toEqual([expect.stringMatching(/^De rente is \(deels\) berekend met 10,4% wettelijke handelsrente vanaf 1 juli 2026 \(afgeleid, nog niet officieel gepubliceerd; bron: handelsrente: afgeleid/)]);
  });

  it('uses the half-year the user enters: a publication takes away the warning, another rate changes the interest', async () => {
    const settings = await t.ok('settings:get', {});
    const row = { from: '2026-07-01', commercial: { basisPoints: 1040, status: 'published' as const }, consumer: { basisPoints: 400, status: 'published' as const }, source: 'Stcrt. 2026, 30001' };
    await t.ok('settings:update', { ...settings, addedRates: [row] });
    const published = await t.ok('letters:preview', { debtorId: leeflang, type: 'reminder3' });
    expect(interestOf(published, '456')).toBe(5_615);
    expect(published.warnings).toEqual([]);
    await t.ok('settings:update', { ...settings, addedRates: [{ ...row, commercial: { basisPoints: 1065, status: 'published' } }] });
    // 42 days at 10,15% (€ 33,85) and 27 days at 10,65% (€ 22,83).
    expect(interestOf(await t.ok('letters:preview', { debtorId: leeflang, type: 'reminder3' }), '456')).toBe(3_385 + 2_283);
  });

  it('refuses a half-year without a source or off 1 January / 1 July, naming the field, and saves nothing', async () => {
    const settings = await t.ok('settings:get', {});
    const bad = { from: '2027-02-01', commercial: { basisPoints: 1040, status: 'published' as const }, consumer: { basisPoints: 400, status: 'published' as const }, source: ' ' };
    await t.refused('settings:update', { ...settings, addedRates: [bad] }, /^De invoer klopt niet: addedRates\.0\.source: noem de bron \(publicatie of berekening, met datum\); addedRates\.0\.from: een nieuw halfjaar begint op 1 januari of 1 juli$/);
  });

  it('ends the ingebrekestelling’s term after a day a later decree equates, once added in Settings', async () => {
    // 27 July 2026 + 5 days is Saturday 1 August: the term runs to Monday 3 August.
    expect((await t.ok('letters:preview', { debtorId: leeflang, type: 'reminder3' })).payBy).toBe('2026-08-03');
    const settings = await t.ok('settings:get', {});
    await t.ok('settings:update', { ...settings, addedEquatedDays: [{ date: '2026-08-03', source: 'Besluit gelijkstelling (denkbeeldig, voor de test)' }] });
    expect((await t.ok('letters:preview', { debtorId: leeflang, type: 'reminder3' })).payBy).toBe('2026-08-04');
    await t.ok('settings:update', { ...settings, addedEquatedDays: DEFAULT_SETTINGS.addedEquatedDays });
  });
});
