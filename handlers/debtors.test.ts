// Debtors and invoices entered by hand: a new debtor with its contact at the crediteurenafdeling, an
// edit kept on the timeline, an invoice and a credit note that reduces what is open, and refusals
// that change nothing.
import { handlerTest } from './test-context';
import { catalogue } from '../i18n/catalogue';
import type { Message } from '../domain/message';

const TODAY = '2026-12-02';

const LEEFLANG = {
  number: '1001',
  name: 'Leeflang & Zn',
  kind: 'business' as const,
  addressLine: 'Dorpsstraat 123',
  postcode: '4567 AB',
  city: 'Weesp',
  phone: '0294-412345',
  email: 'info@leeflang.nl',
  salutation: 'Geachte mevrouw De Boer',
  contactName: 'mevrouw De Boer',
  contactRole: 'crediteurenadministratie',
  contactPhone: '0294-412350',
  contactEmail: 'crediteuren@leeflang.nl',
  mayOfferPlan: true,
  maxPlanTerms: 3,
};

describe('debtors and invoices by hand', () => {
  it('adds a debtor with the contact at the crediteurenafdeling', async () => {
    const t = handlerTest(TODAY, { demo: false });
    const file = await t.ok('debtors:create', LEEFLANG);
    expect(file.debtor).toMatchObject({ number: '1001', name: 'Leeflang & Zn', salutation: 'Geachte mevrouw De Boer', contactName: 'mevrouw De Boer', maxPlanTerms: 3 });
    expect((await t.ok('debtors:list', {})).rows.map((d) => d.name)).toEqual(['Leeflang & Zn']);
    t.close();
  });

  it('leaves optional details empty when they are left blank', async () => {
    const t = handlerTest(TODAY, { demo: false });
    const file = await t.ok('debtors:create', { number: '1002', name: 'P. Visser', kind: 'consumer', phone: '', email: '  ' });
    expect(file.debtor).toMatchObject({ kind: 'consumer', phone: null, email: null, contactName: null, mayOfferPlan: true, maxPlanTerms: 4 });
    t.close();
  });

  it('refuses a taken debtor number, a bad e-mail address and more plan terms than allowed, and changes nothing', async () => {
    const t = handlerTest(TODAY, { demo: false });
    await t.ok('debtors:create', LEEFLANG);
    await t.refused('debtors:create', { ...LEEFLANG, name: 'Ander BV' }, /Debiteurnummer 1001 is al in gebruik voor Leeflang & Zn/);
    const bad = await t.refused('debtors:create', { ...LEEFLANG, number: '1003', contactEmail: 'boer@' }, /.+/);
    expect(bad.issues?.map((i) => [i.path, catalogue.format(i.message, 'nl')])).toEqual([['contactEmail', expect.stringContaining('naam@voorbeeld.nl')]]);
    const terms = await t.refused('debtors:create', { ...LEEFLANG, number: '1003', maxPlanTerms: 5 }, /.+/);
    expect(terms.issues?.map((i) => i.path)).toEqual(['maxPlanTerms']);
    t.close();
  });

  it('an edit is kept on the timeline, field by field, with the value before and after', async () => {
    const t = handlerTest(TODAY, { demo: false });
    const { debtor } = await t.ok('debtors:create', LEEFLANG);
    await t.ok('debtors:update', { ...LEEFLANG, id: debtor.id, contactName: 'de heer Jansen', contactPhone: '' });
    // Saving without a change leaves no line.
    await t.ok('debtors:update', { ...LEEFLANG, id: debtor.id, contactName: 'de heer Jansen', contactPhone: '' });
    const file = await t.ok('debtors:get', { id: debtor.id });
    expect(file.debtor).toMatchObject({ contactName: 'de heer Jansen', contactPhone: null });
    const changes = (await t.ok('timeline:get', { debtorId: debtor.id })).items.filter((i) => i.kind === 'change');
    expect(changes).toHaveLength(1);
    expect(catalogue.format(changes[0]!.text, 'nl')).toBe('Gegevens gewijzigd: Contactpersoon en Telefoon contactpersoon');
    expect(changes[0]!.kind === 'change' && changes[0]!.changes).toEqual([
      { field: 'contactName', before: 'mevrouw De Boer', after: 'de heer Jansen' },
      { field: 'contactPhone', before: '0294-412350', after: null },
    ]);
    await t.refused('debtors:update', { ...LEEFLANG, id: debtor.id + 1 }, /.+/);
    t.close();
  });

  it('adds an invoice; a credit note reduces what is open', async () => {
    const t = handlerTest(TODAY, { demo: false });
    const { debtor } = await t.ok('debtors:create', LEEFLANG);
    await t.ok('invoices:create', { debtorId: debtor.id, number: '2026-0041', invoiceDate: '2026-10-01', dueDate: '2026-10-31', amountCents: 121000, description: 'Schoenen', paymentReference: '8000000020260041' });
    await t.ok('invoices:create', { debtorId: debtor.id, kind: 'credit_note', number: 'C-2026-0003', invoiceDate: '2026-10-15', dueDate: '2026-10-15', amountCents: 21000, description: 'Retour' });
    const file = await t.ok('debtors:get', { id: debtor.id });
    expect(file.openInvoices.map((i) => [i.number, i.openCents])).toEqual([
      ['C-2026-0003', -21000],
      ['2026-0041', 121000],
    ]);
    expect(file.totalOpenCents).toBe(100000);
    expect((await t.ok('debtors:list', {})).rows[0]!.openCents).toBe(100000);
    t.close();
  });

  it('refuses an invoice number that exists, a due date before the invoice date, and an amount of zero', async () => {
    const t = handlerTest(TODAY, { demo: false });
    const { debtor } = await t.ok('debtors:create', LEEFLANG);
    const invoice = { debtorId: debtor.id, number: 'F-1', invoiceDate: '2026-10-01', dueDate: '2026-10-31', amountCents: 1000 };
    await t.ok('invoices:create', invoice);
    await t.refused('invoices:create', invoice, /Factuurnummer F-1 bestaat al/);
    await t.refused('invoices:create', { ...invoice, number: 'F-2', dueDate: '2026-09-30' }, /vervaldatum \(30 sep(tember)? 2026\) ligt vóór de factuurdatum/);
    await t.refused('invoices:create', { ...invoice, number: 'F-2', amountCents: 0 }, /.+/);
    t.close();
  });

  it('says at the field what is wrong with a date: one that does not exist, or one outside this century', async () => {
    const t = handlerTest(TODAY, { demo: false });
    const { debtor } = await t.ok('debtors:create', LEEFLANG);
    const invoice = { debtorId: debtor.id, number: 'F-1', invoiceDate: '2026-10-01', dueDate: '2026-10-31', amountCents: 1000 };
    const said = (refusal: { issues?: { path: string; message: Message }[] }) => refusal.issues?.map((i) => [i.path, catalogue.format(i.message, 'nl')]);
    expect(said(await t.refused('invoices:create', { ...invoice, dueDate: '31-10-2026' }, /.+/))).toEqual([['dueDate', 'geen geldige datum (JJJJ-MM-DD)']]);
    expect(said(await t.refused('invoices:create', { ...invoice, invoiceDate: '2126-10-01' }, /.+/))).toEqual([['invoiceDate', 'datum moet tussen 01-01-2000 en 31-12-2099 liggen']]);
    expect((await t.ok('debtors:get', { id: debtor.id })).openInvoices).toEqual([]);
    t.close();
  });
});
