import { composeHandoverDossier, type HandoverInput } from './handover';
import { LetterRefused } from './model';
import { ctx, LEEFLANG_INVOICES, printed, tables, VISSER, VISSER_INVOICES } from './test-fixtures';
import { refusalOf } from '../../test/refusal-text';

const contact = { phone: '0294-412345', email: null, contactName: 'mevrouw J. de Boer', contactRole: 'crediteurenadministratie', contactPhone: '0294-412350', contactEmail: 'crediteuren@leeflang.nl' };
const leeflangSent: HandoverInput['sent'] = [
  { type: 'reminder1', letterDate: '2026-05-22', payBy: '2026-06-01', termEndsOn: null, totalCents: 313_522 },
  { type: 'reminder2', letterDate: '2026-06-01', payBy: null, termEndsOn: null, totalCents: 313_522 },
  { type: 'reminder3', letterDate: '2026-06-12', payBy: '2026-06-17', termEndsOn: null, totalCents: 359_731 },
];

const input = (over: Partial<HandoverInput> = {}): HandoverInput => ({
  ...ctx('2026-06-12'),
  contact,
  open: LEEFLANG_INVOICES,
  sent: leeflangSent,
  payments: [],
  calls: [{ startedAt: '2026-05-26T08:00:00.000Z', result: 'agreement', summary: 'U betaalt € 3.135,22 uiterlijk op 29 mei 2026.' }],
  complaints: [],
  promises: [],
  plans: [],
  paid: { costsCents: 0, interestCents: 0 },
  ...over,
});

describe('overdrachtsdossier (hand-over dossier)', () => {
  it('states a business claim as of its date: invoices, interest, costs and total, from the legal engine', () => {
    const dossier = composeHandoverDossier(input());
    const text = printed(dossier);
    expect(dossier.recipient).toBeNull(); // not posted to the debtor
    expect(dossier.subject).toBe('Overdrachtsdossier vordering op Leeflang & Zn');
    expect(dossier.salutation).toBe('Geachte heer/mevrouw,');
    expect(text).toContain('Totaal openstaand | € 3.135,22');
    expect(text).toContain('Totaal verschuldigd | € 3.597,31');
    expect(tables(dossier).get('Berekening van de rente tot en met 12 juni 2026')!.total!.cents).toBe(2_357);
    expect(dossier.amounts).toEqual({ principalCents: 313_522, interestCents: 2_357, costsCents: 43_852, totalCents: 359_731 });
  });

  it('gives the agency the debtor’s details and what happened: letters, calls, payments, complaints', () => {
    const text = printed(
      composeHandoverDossier(
        input({
          payments: [{ receivedOn: '2026-05-29', amountCents: 10_000, description: 'Deelbetaling' }],
          complaints: [{ openedOn: '2026-05-26', status: 'opgelost', description: 'Doos beschadigd', resolution: 'Nieuwe doos gestuurd.', invoiceNumbers: ['789'] }],
          promises: [{ madeOn: '2026-05-26', promisedDate: '2026-05-29', amountCents: 313_522, status: 'broken' }],
          plans: [
            {
              agreedOn: '2026-06-02',
              status: 'defaulted',
              totalCents: 313_522,
              installments: [
                { dueDate: '2026-06-05', amountCents: 156_761, paidCents: 10_000, status: 'late' },
                { dueDate: '2026-07-03', amountCents: 156_761, paidCents: 0, status: 'due' },
              ],
            },
          ],
        }),
      ),
    );
    expect(text).toContain('Debiteurnummer: 10023');
    expect(text).toContain('Contactpersoon: mevrouw J. de Boer, crediteurenadministratie');
    expect(text).toContain('Direct nummer: 0294-412350');
    expect(text).toContain('22-05-2026 Betalingsherinnering: € 3.135,22, te betalen uiterlijk op 01-06-2026');
    expect(text).toContain('12-06-2026 Ingebrekestelling: € 3.597,31, te betalen uiterlijk op 17-06-2026');
    expect(text).toContain('26-05-2026 afspraak gemaakt: U betaalt € 3.135,22 uiterlijk op 29 mei 2026.');
    expect(text).toContain('29-05-2026 | Deelbetaling | € 100,00');
    expect(text).toContain('Totaal ontvangen | € 100,00');
    expect(text).toContain('26-05-2026 factuur 789 (opgelost): Doos beschadigd Oplossing: Nieuwe doos gestuurd.');
    expect(text).toContain('26-05-2026 toegezegd: € 3.135,22 uiterlijk op 29-05-2026 (niet nagekomen)');
    expect(text).toContain(
      '02-06-2026 regeling van € 3.135,22 in 2 termijnen (niet nagekomen): 1e termijn € 1.567,61 op 05-06-2026, te laat (€ 100,00 ontvangen); 2e termijn € 1.567,61 op 03-07-2026, open',
    );
  });

  it('says when no promise was made and no plan agreed', () => {
    const text = printed(composeHandoverDossier(input()));
    expect(text).toContain('Er zijn geen betaalbeloftes gedaan.');
    expect(text).toContain('Er is geen betalingsregeling getroffen.');
  });

  it('leaves an invoice under an open complaint out of the claim and says so', () => {
    const held = LEEFLANG_INVOICES.map((i) => (i.number === '456' ? { ...i, onHold: true } : i));
    const dossier = composeHandoverDossier(input({ open: held }));
    expect(dossier.amounts.principalCents).toBe(23_698);
    expect(printed(dossier)).toContain('Niet overgedragen: factuur 456 (€ 2.898,24) valt onder een klacht die nog niet is opgelost.');
  });

  it('refuses a consumer’s hand-over without a 14-day letter, and before its term has ended', () => {
    const consumer = (letterDate: string, sent: HandoverInput['sent']) => input({ ...ctx(letterDate, VISSER), open: VISSER_INVOICES, sent });
    expect(() => composeHandoverDossier(consumer('2026-06-12', []))).toThrow(LetterRefused);
    expect(refusalOf(() => composeHandoverDossier(consumer('2026-06-12', [])))).toMatch(/heeft nog geen 14-dagenbrief gekregen/);
    const letter14 = { type: 'consumer14' as const, letterDate: '2026-06-01', payBy: '2026-06-17', termEndsOn: '2026-06-17', totalCents: 24_995 };
    expect(refusalOf(() => composeHandoverDossier(consumer('2026-06-17', [letter14])))).toBe(
      'De vordering op P. Visser mag nog niet uit handen worden gegeven: de termijn van de 14-dagenbrief van 1 juni 2026 loopt tot en met 17 juni 2026. Uit handen geven kan vanaf 18 juni 2026.',
    );
    const after = composeHandoverDossier(consumer('2026-06-18', [letter14]));
    // Costs now; no wettelijke rente yet: no ingebrekestelling has put the consumer in default.
    expect(after.amounts).toEqual({ principalCents: 24_995, interestCents: 0, costsCents: 4_000, totalCents: 28_995 });
  });

  it('charges a consumer wettelijke rente from the day after the ingebrekestelling’s term', () => {
    const sent: HandoverInput['sent'] = [
      { type: 'consumer14', letterDate: '2026-06-01', payBy: '2026-06-17', termEndsOn: '2026-06-17', totalCents: 24_995 },
      { type: 'reminder3', letterDate: '2026-06-18', payBy: '2026-06-23', termEndsOn: null, totalCents: 28_995 },
    ];
    const dossier = composeHandoverDossier(input({ ...ctx('2026-07-23', VISSER), open: VISSER_INVOICES, sent }));
    const interest = tables(dossier).get('Berekening van de rente tot en met 23 juli 2026')!;
    // 4% over 249,95 from 24 June; split where the published rates end (30 June), which the collector is told.
    expect(interest.rows.map((r) => [...r.cells, r.cents])).toEqual([
      ['1019', '24-06-2026 t/m 30-06-2026', '7', '4%', '€ 249,95', 19],
      ['1019', '01-07-2026 t/m 23-07-2026', '23', '4%', '€ 249,95', 63],
    ]);
    expect(dossier.amounts.totalCents).toBe(24_995 + 82 + 4_000);
    expect(dossier.warnings).toEqual([
      expect.stringMatching(/^De rente is \(deels\) berekend met 4% wettelijke rente vanaf 1 juli 2026 \(voorlopig, niet gepubliceerd; bron: .*\)\. Voer het gepubliceerde percentage in bij Instellingen › Wettelijke rente/),
    ]);
    // Once the publication is entered in Settings, the letter uses it and warns no more.
    const published = { ...ctx('2026-07-23', VISSER), open: VISSER_INVOICES, sent };
    published.settings = { ...published.settings, addedRates: [{ from: '2026-07-01', commercial: { basisPoints: 1040, status: 'published' }, consumer: { basisPoints: 400, status: 'published' }, source: 'Stcrt. 2026, 30001' }] };
    expect(composeHandoverDossier(input(published)).warnings).toEqual([]);
  });
});
