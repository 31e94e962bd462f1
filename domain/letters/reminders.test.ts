import { fourteenDayTerm } from '../legal';
import { composeConsumer14, composeReminder1, composeReminder2, composeReminder3, type SentLetter } from './reminders';
import { LetterRefused } from './model';
import { ctx, LEEFLANG, LEEFLANG_INVOICES, printed, tables, VISSER, VISSER_INVOICES } from './test-fixtures';
import { refusalOf } from '../../test/refusal-text';

const open = LEEFLANG_INVOICES;
const noPaid = { costsCents: 0, interestCents: 0 };

describe('betalingsherinnering (reminder 1)', () => {
  const letter = composeReminder1({ ...ctx('2026-05-22'), open });
  const text = printed(letter);

  it('addresses Leeflang & Zn for the window envelope, from Weesp on the letter date', () => {
    expect(letter.recipient).toEqual({ name: 'Leeflang & Zn', attention: 't.a.v. mevrouw J. de Boer', addressLine: 'Dorpsstraat 123', postcode: '4567 AB', city: 'Weesp' });
    expect(letter.placeAndDate).toBe('Weesp, 22 mei 2026');
    expect(letter.subject).toBe('Betalingsherinnering');
    expect(letter.salutation).toBe('Geachte mevrouw De Boer,');
  });

  it('lists 123, 456 and 789 and totals € 3.135,22, never the seed’s 3.135,16', () => {
    const t = tables(letter).get('Overzicht openstaande facturen')!;
    expect(t.rows.map((r) => r.cells.concat(String(r.cents)))).toEqual([
      ['123', '01-05-2026', '15-05-2026', '17849'],
      ['456', '02-05-2026', '16-05-2026', '289824'],
      ['789', '03-05-2026', '17-05-2026', '5849'],
    ]);
    expect(text).toContain('Totaal openstaand | € 3.135,22');
    expect(text).toContain('een bedrag van € 3.135,22 nog niet is voldaan');
    expect(text).not.toContain('3.135,16');
    expect(letter.amounts).toEqual({ principalCents: 313_522, interestCents: 0, costsCents: 0, totalCents: 313_522 });
  });

  it('states the term of our invoices, the receipts included, 8 days to pay, the IBAN and what to quote', () => {
    expect(text).toContain('De betalingstermijn van onze facturen is 14 dagen');
    expect(text).toContain('De ontvangsten tot en met 21 mei 2026 zijn hierin verwerkt.');
    // 30 May 2026 is a Saturday: the term runs to the next working day.
    expect(text).toContain('uiterlijk op 1 juni 2026 (8 dagen na de datum van deze brief, verschoven naar de eerstvolgende werkdag) over te maken');
    expect(text).toContain('op rekening NL91 ABNA 0417 1643 00 t.n.v. Shoepro BV, onder vermelding van debiteurnummer 10023 en factuurnummers 123, 456 en 789');
    expect(text).toContain('Heeft uw betaling deze brief gekruist, dan kunt u deze herinnering als niet geschreven beschouwen.');
    expect(letter.payBy).toBe('2026-06-01');
  });

  it('names the letter date for the receipts when a payment of that day is in the amounts', () => {
    const paidToday = composeReminder1({ ...ctx('2026-06-02'), latestReceiptOn: '2026-06-02', open: [{ ...open[0]!, openCents: 7_849 }, ...open.slice(1)] });
    expect(printed(paidToday)).toContain('De ontvangsten tot en met 2 juni 2026 zijn hierin verwerkt.');
    expect(printed(composeReminder1({ ...ctx('2026-06-02'), latestReceiptOn: '2026-05-29', open }))).toContain('De ontvangsten tot en met 1 juni 2026 zijn hierin verwerkt.');
  });

  it('signs with our company, the collector and their role', () => {
    expect(letter.signature).toEqual({ company: 'Shoepro BV', name: 'Sanne de Vries', role: 'Credit Manager' });
    expect(letter.letterhead).toMatchObject({ name: 'Shoepro BV', iban: 'NL91 ABNA 0417 1643 00', kvk: '12345678' });
  });

  it('greets with "Geachte heer/mevrouw" when no salutation is known', () => {
    const anonymous = composeReminder1({ ...ctx('2026-05-22', { ...LEEFLANG, salutation: null, contactName: null }), open });
    expect(anonymous.salutation).toBe('Geachte heer/mevrouw,');
    expect(anonymous.recipient?.attention).toBeNull();
  });

  it('leaves an invoice under a complaint and one not yet due out, says so to the collector, and totals the rest', () => {
    const held = open.map((i) => (i.number === '456' ? { ...i, onHold: true } : i));
    const notDue = { id: 1041, number: '1041', invoiceDate: '2026-05-20', dueDate: '2026-06-03', amountCents: 50_000, openCents: 50_000, onHold: false };
    const letter = composeReminder1({ ...ctx('2026-05-22'), open: [...held, notDue] });
    expect(letter.invoices.map((i) => i.number)).toEqual(['123', '789']);
    expect(printed(letter)).toContain('Totaal openstaand | € 236,98');
    expect(letter.warnings).toEqual(['Weggelaten: factuur 456 valt onder een klacht die nog niet is opgelost.', 'Weggelaten: factuur 1041 vervalt pas op 3 juni 2026.']);
    expect(printed(letter)).not.toMatch(/(?<!\d)456(?!\d)/); // (the phone number 0294-123456 is fine)
  });

  it('leaves the invoices a running payment plan covers out and asks only for the rest (issue 10 item 10)', () => {
    const planned = open.map((i) => (i.number === '456' ? i : { ...i, inPlan: true }));
    const letter = composeReminder1({ ...ctx('2026-05-22'), open: planned });
    expect(letter.invoices.map((i) => i.number)).toEqual(['456']);
    expect(printed(letter)).toContain('Totaal openstaand | € 2.898,24');
    expect(letter.warnings).toEqual(['Weggelaten: facturen 123 en 789 vallen onder een betalingsregeling.']);
    expect(refusalOf(() => composeReminder1({ ...ctx('2026-05-22'), open: open.map((i) => ({ ...i, inPlan: true })) }))).toMatch(/^Geen aanmaning tijdens een betalingsregeling/);
  });

  it('refuses when every open invoice is under a complaint, or nothing is open, naming why', () => {
    const allHeld = open.map((i) => ({ ...i, onHold: true }));
    expect(() => composeReminder1({ ...ctx('2026-05-22'), open: allHeld })).toThrow(LetterRefused);
    expect(refusalOf(() => composeReminder1({ ...ctx('2026-05-22'), open: allHeld }))).toBe(
      'Voor Leeflang & Zn staat niets open dat aangemaand kan worden: facturen 123, 456 en 789 vallen onder een klacht die nog niet is opgelost. Er is geen brief gemaakt.',
    );
    expect(refusalOf(() => composeReminder1({ ...ctx('2026-05-22'), open: [] }))).toMatch(/er staan geen facturen open/);
    expect(refusalOf(() => composeReminder1({ ...ctx('2026-05-10'), open }))).toMatch(/facturen 123, 456 en 789 vervallen pas vanaf 15 mei 2026/);
    // Both reasons at once, and the collector reading English.
    const mixed = [{ ...open[0]!, onHold: true }, ...open.slice(1)];
    expect(refusalOf(() => composeReminder1({ ...ctx('2026-05-10'), open: mixed }), 'en')).toBe(
      'Nothing is open for Leeflang & Zn that a reminder could ask for: invoice 123 is under a complaint not yet resolved and invoices 456 and 789 are not due until 16 May 2026 or later. No letter was made.',
    );
  });

  it('shows the invoice amount beside the open amount when an invoice is partly paid', () => {
    const part = [{ ...open[1]!, openCents: 189_824 }];
    const t = tables(composeReminder1({ ...ctx('2026-05-22'), open: part })).get('Overzicht openstaande factuur')!;
    expect(t.columns.map((c) => c.label)).toEqual(['Factuurnummer', 'Factuurdatum', 'Vervaldatum', 'Factuurbedrag']);
    expect(t.rows[0]!.cells[3]).toBe('€ 2.898,24');
    expect(t.total).toEqual({ label: 'Totaal openstaand', cents: 189_824 });
  });
});

describe('aanmaning (reminder 2)', () => {
  it('refers to the date of the betalingsherinnering and asks for payment per omgaande', () => {
    const text = printed(composeReminder2({ ...ctx('2026-06-01'), open, reminder1Date: '2026-05-22' }));
    expect(text).toContain('Betreft: Aanmaning');
    expect(text).toContain('Op ons verzoek van 22 mei 2026 om de onderstaande facturen te betalen, waarvan de vervaldatum is verstreken, hebben wij geen (volledige) betaling ontvangen.');
    expect(text).toContain('Wij verzoeken u dringend het openstaande saldo van € 3.135,22 per omgaande te voldoen op rekening NL91 ABNA 0417 1643 00 t.n.v. Shoepro BV');
    expect(text).toContain('Is een factuur niet akkoord omdat u er een klacht over heeft? Laat dit dan per omgaande weten aan onze debiteurenafdeling');
    expect(text).toContain('De ontvangsten tot en met 31 mei 2026 zijn hierin verwerkt.');
    expect(text).toContain('Totaal openstaand | € 3.135,22');
  });

  it('does not invent an earlier letter when no betalingsherinnering was sent', () => {
    const text = printed(composeReminder2({ ...ctx('2026-06-01'), open, reminder1Date: null }));
    expect(text).toContain('Ondanks het verstrijken van de vervaldatum hebben wij voor de onderstaande facturen geen (volledige) betaling ontvangen.');
    expect(text).not.toContain('Op ons verzoek van');
  });
});

const sent: SentLetter[] = [
  { type: 'reminder1', letterDate: '2026-05-22', payBy: '2026-06-01', termEndsOn: null },
  { type: 'reminder2', letterDate: '2026-06-01', payBy: null, termEndsOn: null },
];

describe('ingebrekestelling (reminder 3)', () => {
  it('puts a business debtor in default with handelsrente and collection costs as of the letter date, the staffel explained', () => {
    const letter = composeReminder3({ ...ctx('2026-06-12'), open, sent, paid: noPaid });
    const text = printed(letter);
    const t = tables(letter);
    expect(text).toContain('Betreft: Ingebrekestelling');
    expect(text).toContain('Hierbij stellen wij u in gebreke.');
    expect(text).toContain('Wij hebben u op 22 mei 2026 een betalingsherinnering en op 1 juni 2026 een aanmaning gestuurd.');
    expect(t.get('Overzicht openstaande facturen')!.total).toEqual({ label: 'Totaal openstaand', cents: 313_522 });
    // 10,15%: 178,49 × 28 days = 1,39; 2.898,24 × 27 days = 21,76; 58,49 × 26 days = 0,42 (see legal/claim.test.ts)
    expect(t.get('Berekening van de rente tot en met 12 juni 2026')!.rows.map((r) => [...r.cells, r.cents])).toEqual([
      ['123', '16-05-2026 t/m 12-06-2026', '28', '10,15%', '€ 178,49', 139],
      ['456', '17-05-2026 t/m 12-06-2026', '27', '10,15%', '€ 2.898,24', 2_176],
      ['789', '18-05-2026 t/m 12-06-2026', '26', '10,15%', '€ 58,49', 42],
    ]);
    expect(t.get('Berekening van de incassokosten over € 3.135,22')!.rows.map((r) => [...r.cells, r.cents])).toEqual([
      ['€ 0,00 – € 2.500,00', '15%', '€ 2.500,00', 37_500],
      ['€ 2.500,00 – € 5.000,00', '10%', '€ 635,22', 6_352],
    ]);
    expect(text).toContain('Hoofdsom (openstaande facturen) | € 3.135,22');
    expect(text).toContain('Wettelijke handelsrente (art. 6:119a BW) tot en met 12 juni 2026 | € 23,57');
    expect(text).toContain('Buitengerechtelijke incassokosten | € 438,52');
    expect(text).toContain('Totaal verschuldigd | € 3.597,31');
    expect(text).toContain('15% over de eerste € 2.500, 10% over de volgende € 2.500');
    expect(text).toContain('uiterlijk op 17 juni 2026 (5 dagen na de datum van deze brief)');
    expect(text).toContain('zonder nadere aankondiging uit handen aan derden');
    expect(text).toContain('alle kosten, zowel buitengerechtelijke als gerechtelijke, dan geheel voor uw rekening komen');
    expect(letter.amounts).toEqual({ principalCents: 313_522, interestCents: 2_357, costsCents: 43_852, totalCents: 359_731 });
    expect(letter.payBy).toBe('2026-06-17');
    expect(letter.closing).toBe('Hoogachtend,');
  });

  it('declares, when the costs are raised by VAT, that we cannot deduct it (art. 2 lid 3 BIK)', () => {
    const base = ctx('2026-06-12');
    const letter = composeReminder3({ ...base, settings: { ...base.settings, collectionVatNotReclaimable: true }, open, sent, paid: noPaid });
    expect(printed(letter)).toContain('maken wij gebruik van een dienst waarover omzetbelasting (btw) verschuldigd is. Wij verklaren nadrukkelijk');
    expect(letter.amounts.costsCents).toBe(53_061); // 438,52 + 21% = 530,61
    expect(printed(composeReminder3({ ...base, open, sent, paid: noPaid }))).not.toContain('Wij verklaren nadrukkelijk');
  });

  it('deducts what earlier payments settled on costs and interest, as their own lines', () => {
    const letter = composeReminder3({ ...ctx('2026-06-12'), open, sent, paid: { costsCents: 10_000, interestCents: 500 } });
    expect(letter.amounts).toEqual({ principalCents: 313_522, interestCents: 1_857, costsCents: 33_852, totalCents: 349_231 });
    expect(printed(letter)).toContain('al van u ontvangen op de kosten | -€ 100,00');
  });

  it('charges a consumer no costs and no interest without a 14-day letter, and says a separate letter comes first', () => {
    const letter = composeReminder3({ ...ctx('2026-06-12', VISSER), open: VISSER_INVOICES, sent, paid: noPaid });
    const text = printed(letter);
    expect(letter.amounts).toEqual({ principalCents: 24_995, interestCents: 0, costsCents: 0, totalCents: 24_995 });
    expect(text).toContain('Hierbij stellen wij u in gebreke.');
    expect(text).toContain('Wij brengen u nu geen incassokosten in rekening.');
    expect(text).toContain('14 dagen de tijd geven');
    expect(text).not.toContain('Berekening van de incassokosten');
    expect(text).not.toContain('zonder nadere aankondiging');
  });

  it('counts a consumer’s interest from the first ingebrekestelling whose term expired, in the second letter and the third', () => {
    const first = { type: 'reminder3' as const, letterDate: '2026-06-01', payBy: '2026-06-08', termEndsOn: null };
    const second = { type: 'reminder3' as const, letterDate: '2026-06-17', payBy: '2026-06-22', termEndsOn: null };
    const letter2 = composeReminder3({ ...ctx('2026-06-17', VISSER), open: VISSER_INVOICES, sent: [...sent, first], paid: noPaid });
    // 4% over € 249,95 from 9 June: 9 days → € 0,25.
    expect(tables(letter2).get('Berekening van de rente tot en met 17 juni 2026')!.rows.map((r) => [...r.cells, r.cents])).toEqual([
      ['1019', '09-06-2026 t/m 17-06-2026', '9', '4%', '€ 249,95', 25],
    ]);
    // The third, a day after the second: the second's term still runs, the first's start holds: 10 days → € 0,27.
    const letter3 = composeReminder3({ ...ctx('2026-06-18', VISSER), open: VISSER_INVOICES, sent: [...sent, first, second], paid: noPaid });
    expect(tables(letter3).get('Berekening van de rente tot en met 18 juni 2026')!.rows.map((r) => [...r.cells, r.cents])).toEqual([
      ['1019', '09-06-2026 t/m 18-06-2026', '10', '4%', '€ 249,95', 27],
    ]);
    expect(letter3.amounts).toEqual({ principalCents: 24_995, interestCents: 27, costsCents: 0, totalCents: 25_022 });
  });

  it('names but does not charge a consumer’s costs while the 14-day term runs, and charges them after it', () => {
    const letter14 = { type: 'consumer14' as const, letterDate: '2026-06-01', payBy: '2026-06-17', termEndsOn: '2026-06-17' };
    const during = composeReminder3({ ...ctx('2026-06-12', VISSER), open: VISSER_INVOICES, sent: [...sent, letter14], paid: noPaid });
    expect(during.amounts.costsCents).toBe(0);
    expect(printed(during)).toContain('kunt u nog tot en met 17 juni 2026 betalen zonder incassokosten. Betaalt u later, dan bent u daarnaast € 40,00');

    const after = composeReminder3({ ...ctx('2026-06-18', VISSER), open: VISSER_INVOICES, sent: [...sent, letter14], paid: noPaid });
    expect(after.amounts).toEqual({ principalCents: 24_995, interestCents: 0, costsCents: 4_000, totalCents: 28_995 });
    expect(printed(after)).toContain('Die termijn is verstreken; daarom zijn de incassokosten nu verschuldigd.');
  });
});

describe('14-dagenbrief (consumer14)', () => {
  const letter = composeConsumer14({ ...ctx('2026-06-01', VISSER), open: VISSER_INVOICES });
  const text = printed(letter);

  it('names the principal and the exact costs, and the term from the day after receipt with its end date', () => {
    expect(fourteenDayTerm('2026-06-01').termEndsOn).toBe('2026-06-17');
    expect(letter.termEndsOn).toBe('2026-06-17');
    expect(text).toContain('het openstaande bedrag van € 249,95 zonder extra kosten te betalen binnen 14 dagen, te rekenen vanaf de dag na de dag waarop u deze brief heeft ontvangen');
    expect(text).toContain('Wij gaan ervan uit dat deze brief u uiterlijk op 3 juni 2026 bereikt (de tweede postbezorgdag na de datum van deze brief). Het bedrag moet dan uiterlijk op 17 juni 2026 zijn bijgeschreven');
    expect(text).toContain('ook € 40,00 aan buitengerechtelijke incassokosten verschuldigd');
    expect(text).toContain('Totaal na de termijn | € 289,95');
    // 15% of 249,95 is 37,49: the € 40 minimum, shown as its own line so the table still adds up.
    expect(text).toContain('€ 0,00 – € 2.500,00 | 15% | € 249,95 | € 37,49');
    expect(text).toContain('verhoging tot het wettelijke minimum | € 2,51');
    expect(text).not.toMatch(/na dagtekening/);
    expect(letter.amounts).toEqual({ principalCents: 24_995, interestCents: 0, costsCents: 0, totalCents: 24_995 });
  });

  it('raises the costs by VAT when we cannot reclaim it, and says so', () => {
    const base = ctx('2026-06-01', VISSER);
    const withVat = composeConsumer14({ ...base, settings: { ...base.settings, collectionVatNotReclaimable: true }, open: VISSER_INVOICES });
    expect(printed(withVat)).toContain('Buitengerechtelijke incassokosten, inclusief btw | € 48,40');
    expect(printed(withVat)).toContain('Wij verklaren nadrukkelijk dat wij die btw niet kunnen verrekenen en dat de buitengerechtelijke incassokosten daarom zijn verhoogd met 21% btw');
    expect(printed(letter)).not.toContain('btw');
  });

  it('is refused for a business debtor', () => {
    expect(refusalOf(() => composeConsumer14({ ...ctx('2026-06-01'), open }))).toMatch('Een 14-dagenbrief is alleen voor consumenten; Leeflang & Zn is een zakelijke debiteur.');
  });
});
