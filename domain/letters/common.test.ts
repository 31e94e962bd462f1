import { setOffCredit, termWords, type LetterInvoice } from './common';
import { DEFAULT_SETTINGS } from '../settings';

const on = (letterDate: string, addedEquatedDays: { date: string; source: string }[] = []) => ({ letterDate, settings: { ...DEFAULT_SETTINGS, addedEquatedDays } });

describe('termWords: the pay-by date a letter states follows the Algemene termijnenwet', () => {
  it('names the counted day when it is a term day', () => {
    expect(termWords(on('2026-11-17'), 8)).toEqual({ payBy: '2026-11-25', words: 'uiterlijk op 25 november 2026 (8 dagen na de datum van deze brief)' });
  });

  it('moves a last day on Good Friday past Easter Monday (art. 1, art. 3 lid 2)', () => {
    expect(termWords(on('2027-03-21'), 5).words).toBe('uiterlijk op 30 maart 2027 (5 dagen na de datum van deze brief, verschoven naar de eerstvolgende werkdag)');
  });

  it('extends a term holding only one term day to the second one (art. 2)', () => {
    // Letter Thu 25 March 2027: Good Friday, weekend, Easter Monday, Tuesday 30 — one term day only.
    expect(termWords(on('2027-03-25'), 5)).toEqual({
      payBy: '2027-03-31',
      words: 'uiterlijk op 31 maart 2027 (5 dagen na de datum van deze brief, verlengd volgens de Algemene termijnenwet)',
    });
  });

  it('skips a day a later decree equates, once it is added in Settings (art. 3 lid 3)', () => {
    // Letter Sun 29 April 2029, 5 days: the last day is Fri 4 May. Say a later decree equates that Friday:
    // then Sat 5 May (Bevrijdingsdag) and Sunday follow, and the term ends on Monday 7 May.
    expect(termWords(on('2029-04-29', [{ date: '2029-05-04', source: 'Besluit gelijkstelling … (Stcrt. 2028, 1)' }]), 5).payBy).toBe('2029-05-07');
    expect(termWords(on('2029-04-29'), 5).payBy).toBe('2029-05-04');
  });
});

describe('setOffCredit', () => {
  const inv = (id: number, openCents: number, onHold = false): LetterInvoice => ({ id, number: `F${id}`, invoiceDate: '2026-01-01', dueDate: `2026-02-0${id}`, amountCents: openCents, openCents, onHold });

  it('sets credit off against the oldest invoices first, leaves out what it covers, and names the credit notes', () => {
    const out = setOffCredit([inv(1, 10_000), inv(2, 30_000), inv(3, 5_000)], [{ number: 'CN-1', openCents: -8_000 }, { number: 'CN-2', openCents: -4_000 }]);
    expect(out.map((i) => [i.number, i.openCents, i.credited?.cents])).toEqual([
      ['F2', 28_000, 2_000],
      ['F3', 5_000, undefined],
    ]);
    expect(out[0]!.credited!.creditNotes).toEqual(['CN-1', 'CN-2']);
  });

  it('reaches invoices under a complaint last, and never claims below zero', () => {
    const out = setOffCredit([inv(1, 10_000, true), inv(2, 3_000)], [{ number: 'CN-1', openCents: -5_000 }]);
    expect(out.map((i) => [i.number, i.openCents])).toEqual([['F1', 8_000]]);
    expect(setOffCredit([inv(1, 1_000)], [{ number: 'CN-1', openCents: -9_000 }])).toEqual([]);
  });

  it('changes nothing without credit', () => {
    const invoices = [inv(1, 10_000)];
    expect(setOffCredit(invoices, [])).toEqual(invoices);
  });
});
