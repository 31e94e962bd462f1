import { composeConfirmation, type ConfirmationInput } from './confirmation';
import { composePlanAgreement, type LetterPlan } from './plan-agreement';
import { finishLetter } from './common';
import { LetterRefused } from './model';
import { ctx, LEEFLANG_INVOICES, printed, tables, VISSER, VISSER_INVOICES } from './test-fixtures';

const plan: LetterPlan = {
  id: 7,
  agreedOn: '2026-06-03',
  invoiceIds: [123, 456, 789],
  totalCents: 313_522,
  installments: [
    { seq: 1, dueDate: '2026-06-15', amountCents: 78_381 },
    { seq: 2, dueDate: '2026-07-15', amountCents: 78_381 },
    { seq: 3, dueDate: '2026-08-14', amountCents: 78_380 },
    { seq: 4, dueDate: '2026-09-15', amountCents: 78_380 },
  ],
};

describe('betalingsregeling ter ondertekening (plan agreement)', () => {
  const letter = composePlanAgreement({ ...ctx('2026-06-04'), open: LEEFLANG_INVOICES, plan });
  const text = printed(letter);

  it('lists the four terms with dates and amounts and their total, beside the invoices of € 3.135,22', () => {
    expect(tables(letter).get('Termijnen van de betalingsregeling')!.rows.map((r) => [...r.cells, r.cents])).toEqual([
      ['1', '15 juni 2026 (15-06-2026)', 78_381],
      ['2', '15 juli 2026 (15-07-2026)', 78_381],
      ['3', '14 augustus 2026 (14-08-2026)', 78_380],
      ['4', '15 september 2026 (15-09-2026)', 78_380],
    ]);
    expect(text).toContain('Totaal van de regeling | € 3.135,22');
    expect(text).toContain('Totaal openstaand | € 3.135,22');
    expect(text).toContain('Op 3 juni 2026 hebben wij telefonisch met u een betalingsregeling afgesproken');
  });

  it('says it is the last option and what happens on default: all due, ingebrekestelling, hand-over', () => {
    expect(text).toContain('is deze regeling de laatste mogelijkheid');
    expect(text).toContain('dan vervalt de regeling en is het hele dan nog openstaande bedrag direct opeisbaar');
    expect(text).toContain('ontvangt u van ons een ingebrekestelling');
    expect(text).toContain('geven wij de vordering zonder nadere aankondiging uit handen aan een incassobureau; alle kosten daarvan komen voor uw rekening');
  });

  it('asks to sign and return it by a date, with lines for the debtor’s name, place, date and signature', () => {
    expect(text).toContain('Wilt u deze brief ondertekenen en uiterlijk op 11 juni 2026 aan ons terugsturen?');
    expect(letter.appendix).toEqual([{ kind: 'signatureLines', title: 'Voor akkoord, Leeflang & Zn', lines: ['Naam', 'Plaats', 'Datum', 'Handtekening'] }]);
    expect(letter.subject).toBe('Betalingsregeling ter ondertekening');
  });

  it('asks for the signature before the first term when that comes sooner', () => {
    const soon = { ...plan, installments: [{ seq: 1, dueDate: '2026-06-08', amountCents: 313_522 }] };
    expect(printed(composePlanAgreement({ ...ctx('2026-06-04'), open: LEEFLANG_INVOICES, plan: soon }))).toContain('uiterlijk op 8 juni 2026 aan ons terugsturen');
  });

  it('does not promise a consumer that all costs are theirs', () => {
    const text = printed(composePlanAgreement({ ...ctx('2026-06-04', VISSER), open: VISSER_INVOICES, plan: { ...plan, invoiceIds: [1019], totalCents: 24_995, installments: [{ seq: 1, dueDate: '2026-06-15', amountCents: 24_995 }] } }));
    expect(text).toContain('de kosten die de wet ons toestaat in rekening te brengen');
    expect(text).not.toContain('alle kosten');
  });

  it('a plan for every open invoice says nothing about a rest', () => {
    expect(text).not.toContain('niet onder deze regeling');
  });

  it('a plan for part of the claim lists only its invoices and says the others keep their own payment term', () => {
    const part = { ...plan, invoiceIds: [456], totalCents: 289_824, installments: [{ seq: 1, dueDate: '2026-06-15', amountCents: 289_824 }] };
    const partLetter = composePlanAgreement({ ...ctx('2026-06-04'), open: LEEFLANG_INVOICES, plan: part });
    expect(tables(partLetter).get('Overzicht openstaande factuur')!.rows.map((r) => [r.cells[0], r.cents])).toEqual([['456', 289_824]]);
    expect(printed(partLetter)).toContain(
      'De facturen 123 en 789 (samen € 236,98) vallen niet onder deze regeling; daarvoor blijft de betalingstermijn van de facturen gelden.',
    );
    expect(partLetter.invoices.map((i) => i.number)).toEqual(['456']);
  });

  it('says an invoice under a complaint waits until the complaint is settled', () => {
    const open = LEEFLANG_INVOICES.map((i) => (i.number === '789' ? { ...i, onHold: true } : i));
    const part = { ...plan, invoiceIds: [123, 456], totalCents: 307_673, installments: [{ seq: 1, dueDate: '2026-06-15', amountCents: 307_673 }] };
    const held = printed(composePlanAgreement({ ...ctx('2026-06-04'), open, plan: part }));
    expect(held).toContain('Over factuur 789 (€ 58,49) loopt een klacht. Die factuur valt niet onder deze regeling; wij houden de betaling ervan aan tot de klacht is afgehandeld.');
    expect(held).not.toContain('betalingstermijn van de factuur gelden');
  });

  it('throws rather than print terms that do not add up to the total it shows', () => {
    const wrong = { ...plan, totalCents: 313_516 };
    expect(() => composePlanAgreement({ ...ctx('2026-06-04'), open: LEEFLANG_INVOICES, plan: wrong })).toThrow(
      'De brief "Betalingsregeling ter ondertekening" klopt niet: "Termijnen van de betalingsregeling" toont Totaal van de regeling € 3.135,16, maar de regels tellen op tot € 3.135,22.',
    );
  });
});

describe('every letter checks its own sums', () => {
  it('refuses an invoice table whose total is not the sum of its rows', () => {
    expect(() =>
      finishLetter(ctx('2026-05-22'), {
        type: 'reminder1',
        subject: 'Betalingsherinnering',
        blocks: [
          {
            kind: 'table',
            table: {
              caption: 'Overzicht openstaande facturen',
              columns: [],
              amountHeader: 'Openstaand',
              rows: [{ cells: ['123'], cents: 17_849 }, { cells: ['456'], cents: 289_824 }, { cells: ['789'], cents: 5_849 }],
              total: { label: 'Totaal openstaand', cents: 313_516 },
            },
          },
        ],
        amounts: { principalCents: 313_522, interestCents: 0, costsCents: 0, totalCents: 313_522 },
        invoices: [],
      }),
    ).toThrow(/toont Totaal openstaand € 3\.135,16, maar de regels tellen op tot € 3\.135,22/);
  });

  it('refuses amounts that do not add up to the stated total', () => {
    expect(() =>
      finishLetter(ctx('2026-05-22'), {
        type: 'reminder3',
        subject: 'Ingebrekestelling',
        blocks: [],
        amounts: { principalCents: 313_522, interestCents: 2_357, costsCents: 43_852, totalCents: 359_725 },
        invoices: [],
      }),
    ).toThrow(/is niet € 3\.597,25/);
  });
});

const call = { id: 3, startedAt: '2026-06-03T08:15:00.000Z', spokeWith: 'mevrouw J. de Boer' };
const base = (over: Partial<ConfirmationInput> = {}): ConfirmationInput => ({
  ...ctx('2026-06-03'),
  open: LEEFLANG_INVOICES,
  call,
  promises: [],
  plan: null,
  tasks: [],
  complaints: [],
  next: 'ingebrekestelling',
  ...over,
});

describe('bevestiging na het gesprek (confirmation)', () => {
  it('confirms a promise: what the customer does and when, what we do, and what follows if it is not kept', () => {
    const letter = composeConfirmation(
      base({
        promises: [{ promisedDate: '2026-06-10', amountCents: 313_522 }],
        tasks: [
          { type: 'verify_payment', dueDate: '2026-06-11', dueTime: null },
          { type: 'send_invoice_copy', dueDate: '2026-06-03', dueTime: null },
          { type: 'send_confirmation_letter', dueDate: '2026-06-03', dueTime: null },
        ],
      }),
    );
    const text = printed(letter);
    expect(text).toContain('Graag bevestigen wij wat wij op 3 juni 2026 telefonisch met mevrouw J. de Boer hebben besproken over de openstaande facturen van Shoepro BV.');
    expect(text).toContain('Totaal openstaand | € 3.135,22');
    expect(text).toContain('Wat u doet\nU betaalt € 3.135,22 uiterlijk op 10 juni 2026.');
    expect(text).toContain('U kunt betalen op rekening NL91 ABNA 0417 1643 00 t.n.v. Shoepro BV, onder vermelding van debiteurnummer 10023 en factuurnummers 123, 456 en 789.');
    expect(text).toContain('Wat wij doen\nWij controleren op 11 juni 2026 of uw betaling is ontvangen.\nWij sturen u een kopie van de facturen.');
    expect(text).toContain('Als de afspraak niet wordt nagekomen\nStaat € 3.135,22 niet uiterlijk op 10 juni 2026 op onze rekening, dan ontvangt u van ons een ingebrekestelling.');
    expect(text).toContain('Laat het ons dan uiterlijk op 8 juni 2026 weten');
    expect(letter.references).toContainEqual({ label: 'Ons gesprek van', value: '03-06-2026' });
    expect(letter.payBy).toBe('2026-06-10');
  });

  it('confirms a plan with its terms, a call-back with its time, and a complaint that holds its invoice', () => {
    const held = LEEFLANG_INVOICES.map((i) => (i.number === '789' ? { ...i, onHold: true } : i));
    const text = printed(
      composeConfirmation(
        base({
          open: held,
          plan: { ...plan, totalCents: 307_673, installments: [{ seq: 1, dueDate: '2026-06-15', amountCents: 150_000 }, { seq: 2, dueDate: '2026-07-15', amountCents: 157_673 }] },
          tasks: [
            { type: 'call_back', dueDate: '2026-06-05', dueTime: '10:30' },
            { type: 'send_plan_for_signature', dueDate: '2026-06-03', dueTime: null },
          ],
          complaints: [{ openedOn: '2026-06-03', description: 'Set niet compleet geleverd', resolution: null, invoiceNumbers: ['789'] }],
          next: 'overdracht',
        }),
      ),
    );
    expect(text).toContain('789 | 03-05-2026 | 17-05-2026 | klacht in behandeling | € 58,49');
    expect(text).toContain('U betaalt € 3.076,73 volgens een betalingsregeling in 2 termijnen: € 1.500,00 uiterlijk op 15 juni 2026 en € 1.576,73 uiterlijk op 15 juli 2026.');
    expect(text).toContain('U ondertekent de betalingsregeling die u apart van ons ontvangt en stuurt die aan ons terug.');
    expect(text).toContain('Wij bellen u terug op 5 juni 2026 om 10:30 uur.');
    expect(text).toContain('Wij hebben uw klacht over factuur 789 op 3 juni 2026 geregistreerd („Set niet compleet geleverd”).');
    expect(text).toContain('Zolang de klacht loopt, sturen wij u voor deze factuur geen herinneringen.');
    expect(text).toContain('dan vervalt de regeling, is het hele dan nog openstaande bedrag direct opeisbaar en geven wij de vordering zonder nadere aankondiging uit handen');
    expect(text).toContain('factuurnummers 123 en 456.');
  });

  it('is refused for a call in which nothing was agreed', () => {
    expect(() => composeConfirmation(base({ tasks: [{ type: 'send_confirmation_letter', dueDate: '2026-06-03', dueTime: null }] }))).toThrow(LetterRefused);
  });
});
