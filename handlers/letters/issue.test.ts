import { eq } from 'drizzle-orm';
import { openTestDatabase } from '../../db/test-db';
import { allOpenInvoices, expectRefused, insertCall, textTitle } from '../../db/test-fixtures';
import { refusalOf, refusalText } from '../../test/refusal-text';
import { seedDemoLedger } from '../../db/demo-ledger';
import { debtors, invoices } from '../../db/schema';
import { batchCandidates, debtorStanding, getLetter, letterOptions } from '../letters';
import { composeLetter, issueBatch, issueLetter } from './issue';
import { recordPayment } from '../payments';
import { lettersOf, remindersSent } from '../../db/letters.repo';
import { registerComplaint } from '../complaints';
import { createPromise } from '../promises';
import { createTask } from '../tasks';
import { activatePlan, createPlan, markPlanSent, markPlanSigned } from '../plans';
import type { Db } from '../../db/client';
import type { LetterModel } from '../../domain/letters';

const TODAY = '2026-06-12'; // a Friday: Leeflang's invoices fell due on 29, 30 and 31 May

function setup() {
  const opened = openTestDatabase();
  seedDemoLedger(opened.db, TODAY);
  const id = (number: string) => opened.db.select({ id: debtors.id }).from(debtors).where(eq(debtors.number, number)).get()!.id;
  return { ...opened, leeflang: id('10023'), visser: id('20007'), vanDam: id('10031'), smit: id('10102') };
}

const invoiceIds = (db: Db, debtorId: number) => db.select({ id: invoices.id }).from(invoices).where(eq(invoices.debtorId, debtorId)).all().map((r) => r.id);

/** The paragraphs and table rows of a letter as one text. */
const textOf = (letter: LetterModel) =>
  letter.blocks
    .flatMap((b) => (b.kind === 'paragraph' || b.kind === 'heading' ? [b.text] : b.kind === 'list' ? b.items : b.kind === 'table' ? [b.table.caption, ...b.table.rows.map((r) => r.cells.join(' '))] : []))
    .join('\n');

describe('letters repository', () => {
  it('issues a betalingsherinnering: the letter row, its invoices with their open amounts, and the printed model, in one go', () => {
    const { db, sqlite, leeflang, close } = setup();
    const { id, letter } = issueLetter(db, { debtorId: leeflang, type: 'reminder1' }, TODAY);
    expect(letter.amounts.totalCents).toBe(313_522);
    const row = sqlite.prepare('SELECT * FROM letters WHERE id = ?').get(id) as Record<string, unknown>;
    expect(row).toMatchObject({ debtor_id: leeflang, type: 'reminder1', letter_date: TODAY, principal_cents: 313_522, costs_cents: 0, interest_cents: 0, total_cents: 313_522, term_ends_on: null });
    expect(JSON.parse(row.content as string)).toEqual(letter);
    const linked = sqlite.prepare('SELECT i.number, li.open_cents FROM letter_invoices li JOIN invoices i ON i.id = li.invoice_id WHERE li.letter_id = ? ORDER BY i.number').all(id);
    expect(linked).toEqual([
      { number: '123', open_cents: 17_849 },
      { number: '456', open_cents: 289_824 },
      { number: '789', open_cents: 5_849 },
    ]);
    expect(getLetter(db, id).letter).toEqual(letter);
    expect(lettersOf(db, leeflang)).toMatchObject([{ id, type: 'reminder1', letterDate: TODAY, totalCents: 313_522, payBy: '2026-06-22' }]);
    close();
  });

  it('shows a letter as printed, even after the ledger changed', () => {
    const { db, leeflang, close } = setup();
    const { id } = issueLetter(db, { debtorId: leeflang, type: 'reminder1' }, TODAY);
    registerComplaint(db, { debtorId: leeflang, description: 'Verkeerde maat', invoiceIds: invoiceIds(db, leeflang).slice(1, 2) }, TODAY);
    expect(getLetter(db, id).letter.amounts.totalCents).toBe(313_522);
    close();
  });

  it('knows which reminders were sent when, and the aanmaning refers to the betalingsherinnering', () => {
    const { db, leeflang, close } = setup();
    issueLetter(db, { debtorId: leeflang, type: 'reminder1' }, '2026-06-01');
    const r2 = issueLetter(db, { debtorId: leeflang, type: 'reminder2' }, TODAY);
    expect(textOf(r2.letter)).toContain('Op ons verzoek van 1 juni 2026 om de onderstaande facturen te betalen');
    expect(remindersSent(db, leeflang).map((r) => [r.type, r.letterDate])).toEqual([
      ['reminder1', '2026-06-01'],
      ['reminder2', TODAY],
    ]);
    close();
  });

  it('records the ingebrekestelling’s interest and costs as the letter states them', () => {
    const { db, sqlite, leeflang, close } = setup();
    const { id, letter } = issueLetter(db, { debtorId: leeflang, type: 'reminder3' }, TODAY);
    expect(letter.amounts.costsCents).toBe(43_852);
    expect(letter.amounts.interestCents).toBeGreaterThan(0);
    const row = sqlite.prepare('SELECT principal_cents, interest_cents, costs_cents, total_cents FROM letters WHERE id = ?').get(id);
    expect(row).toEqual({ principal_cents: 313_522, interest_cents: letter.amounts.interestCents, costs_cents: 43_852, total_cents: letter.amounts.totalCents });
    close();
  });

  it('refuses a reminder when every open invoice is under a complaint, and writes nothing', () => {
    const { db, sqlite, leeflang, vanDam, close } = setup();
    registerComplaint(db, { debtorId: leeflang, description: 'Levering onvolledig', invoiceIds: invoiceIds(db, leeflang) }, TODAY);
    expectRefused(sqlite, () => issueLetter(db, { debtorId: leeflang, type: 'reminder1' }, TODAY), 'not_allowed', /Voor Leeflang & Zn staat niets open dat aangemaand kan worden: facturen 123, 456 en 789 vallen onder een klacht/);
    // Bakkerij Van Dam's only invoice falls due in 8 days.
    expectRefused(sqlite, () => issueLetter(db, { debtorId: vanDam, type: 'reminder2' }, TODAY), 'not_allowed', /factuur 1041 vervalt pas op 20 juni 2026/);
    close();
  });

  it('stores the 14-day term of a consumer’s letter and refuses the hand-over until the day after it', () => {
    const { db, sqlite, visser, close } = setup();
    const { letter } = issueLetter(db, { debtorId: visser, type: 'consumer14' }, TODAY);
    // Friday 12 June: delivered Tuesday 16 June, 14 days from Wednesday 17 June through 30 June.
    expect(letter.termEndsOn).toBe('2026-06-30');
    expect(sqlite.prepare("SELECT term_ends_on FROM letters WHERE type = 'consumer14'").get()).toEqual({ term_ends_on: '2026-06-30' });
    expectRefused(sqlite, () => issueLetter(db, { debtorId: visser, type: 'handover_dossier' }, '2026-06-30'), 'not_allowed', /loopt tot en met 30 juni 2026\. Uit handen geven kan vanaf 1 juli 2026/);
    const dossier = issueLetter(db, { debtorId: visser, type: 'handover_dossier' }, '2026-07-01');
    expect(dossier.letter.amounts.costsCents).toBe(4_000);
    expect(textOf(dossier.letter)).toContain('Laatste herinnering voordat er incassokosten volgen (14-dagenbrief)');
    close();
  });

  it('confirms a call from what it recorded: who we spoke with, the promise, the call-back, the complaint', () => {
    const { db, sqlite, leeflang, smit, close } = setup();
    const callId = insertCall(db, leeflang, {
      startedAt: '2026-06-12T08:05:00.000Z',
      result: 'agreement',
      steps: [
        { step: 'greeting', at: '2026-06-12T08:05:00.000Z' },
        { step: 'notMyDepartment', at: '2026-06-12T08:06:00.000Z' },
      ],
    });
    // The path keeps each event's fields as data: the contact named, then reached.
    const steps = [
      { seq: 2, step: 'notMyDepartment', data: { event: 'SUBMIT_CONTACT', name: 'de heer K. Leeflang' } },
      { seq: 3, step: 'transferToResponsible', data: { event: 'REACHED' } },
    ];
    for (const s of steps) sqlite.prepare('INSERT INTO call_steps (call_id, seq, step, at, data) VALUES (?, ?, ?, ?, ?)').run(callId, s.seq, s.step, '2026-06-12T08:07:00.000Z', JSON.stringify(s.data));
    createPromise(db, { debtorId: leeflang, callId, madeOn: TODAY, promisedDate: '2026-06-19', amountCents: 307_673 });
    createTask(db, { debtorId: leeflang, callId, type: 'call_back', title: textTitle('Terugbellen'), dueDate: '2026-06-22', dueTime: '10:00' });
    const ids = invoiceIds(db, leeflang);
    registerComplaint(db, { debtorId: leeflang, callId, description: 'Set niet compleet', invoiceIds: [ids[2]!] }, TODAY);

    const { id, letter } = issueLetter(db, { debtorId: leeflang, type: 'confirmation', callId }, TODAY);
    const text = textOf(letter);
    expect(text).toContain('telefonisch met de heer K. Leeflang hebben besproken');
    expect(text).toContain('U betaalt € 3.076,73 uiterlijk op 19 juni 2026.');
    expect(text).toContain('Wij bellen u terug op 22 juni 2026 om 10:00 uur.');
    expect(text).toContain('Wij hebben uw klacht over factuur 789 op 12 juni 2026 geregistreerd');
    expect(text).toContain('789 17-05-2026 31-05-2026 klacht in behandeling');
    expect(lettersOf(db, leeflang)[0]).toMatchObject({ id, type: 'confirmation', callId });
    expect(letterOptions(db, leeflang).calls).toEqual([{ id: callId, startedAt: '2026-06-12T08:05:00.000Z', result: 'agreement', confirmationId: id }]);

    const before = lettersOf(db, smit).length;
    expect(refusalOf(() => issueLetter(db, { debtorId: smit, type: 'confirmation', callId }, TODAY))).toBe('Dit gesprek is niet met deze debiteur gevoerd.');
    expect(lettersOf(db, smit)).toHaveLength(before);
    close();
  });

  it('puts the plan on paper and links the letter to it', () => {
    const { db, leeflang, close } = setup();
    const plan = createPlan(db, {
      debtorId: leeflang,
      agreedOn: TODAY,
      ...allOpenInvoices(db, leeflang),
      installments: [
        { dueDate: '2026-06-26', amountCents: 156_761 },
        { dueDate: '2026-07-27', amountCents: 156_761 },
      ],
    });
    const { letter } = issueLetter(db, { debtorId: leeflang, type: 'plan_agreement' }, TODAY);
    expect(textOf(letter)).toContain('1 26 juni 2026 (26-06-2026)');
    expect(lettersOf(db, leeflang)[0]).toMatchObject({ type: 'plan_agreement', planId: plan.id, totalCents: 313_522 });
    expect(letterOptions(db, leeflang).plans).toMatchObject([{ id: plan.id, letterId: lettersOf(db, leeflang)[0]!.id }]);
    close();
  });

  it('issues a batch in one transaction and reports each refusal by debtor', () => {
    const { db, sqlite, leeflang, visser, vanDam, close } = setup();
    const result = issueBatch(db, [leeflang, vanDam, visser].map((debtorId) => ({ debtorId, type: 'reminder1' as const })), TODAY);
    expect(result.issued.map((r) => r.letter.debtor.name)).toEqual(['Leeflang & Zn', 'P. Visser']);
    expect(result.refused).toEqual([
      { debtorId: vanDam, name: 'Bakkerij Van Dam BV', message: { key: 'errors.letter.nothing_remindable', params: expect.objectContaining({ name: 'Bakkerij Van Dam BV' }) } },
    ]);
    expect(sqlite.prepare("SELECT COUNT(*) AS n FROM letters WHERE type = 'reminder1'").get()).toEqual({ n: 2 });

    const fourteen = issueBatch(db, [leeflang, visser].map((debtorId) => ({ debtorId, type: 'consumer14' as const })), TODAY);
    expect(fourteen.issued.map((r) => r.debtorId)).toEqual([visser]);
    expect(refusalText(fourteen.refused[0]!)).toMatch(/alleen voor consumenten; Leeflang & Zn is een zakelijke debiteur/);
    expect(refusalText(result.refused[0]!)).toMatch(/^Voor Bakkerij Van Dam BV staat niets open dat aangemaand kan worden: factuur 1041 vervalt pas op 20 juni 2026/);
    close();
  });

  it('offers for a batch only debtors with a letter due, with their last reminder', () => {
    const { db, leeflang, vanDam, close } = setup();
    issueLetter(db, { debtorId: leeflang, type: 'reminder1' }, '2026-06-01');
    const candidates = batchCandidates(db, TODAY);
    expect(candidates.find((c) => c.id === vanDam)).toBeUndefined();
    expect(candidates.find((c) => c.id === leeflang)).toMatchObject({ remindableCents: 313_522, invoiceCount: 3, lastReminder: { type: 'reminder1', letterDate: '2026-06-01' }, type: 'reminder2' });
    // The day after its aanmaning, Leeflang has no letter due and is not in the batch.
    issueLetter(db, { debtorId: leeflang, type: 'reminder2' }, TODAY);
    expect(batchCandidates(db, '2026-06-13').find((c) => c.id === leeflang)).toBeUndefined();
    // Oldest due date first: Sportschool FitFit's invoices are 60 days overdue.
    expect(candidates[0]!.name).toBe('Sportschool FitFit BV');
    close();
  });
});

describe('letters that fit the dunning stage (issue 10, item 8)', () => {
  it('refuses a betalingsherinnering after the ingebrekestelling and offers the letter that fits instead', () => {
    const { db, sqlite, leeflang, close } = setup();
    issueLetter(db, { debtorId: leeflang, type: 'reminder3' }, TODAY);
    expectRefused(sqlite, () => issueLetter(db, { debtorId: leeflang, type: 'reminder1' }, '2026-06-15'), 'not_allowed', /Een betalingsherinnering past hier niet meer/);
    const standing = debtorStanding(db, leeflang, '2026-06-15');
    expect(standing.refused.map((r) => r.type)).toEqual(['reminder1', 'reminder2']);
    expect(standing.invoices.map((i) => i.stage)).toEqual(['reminder3', 'reminder3', 'reminder3']);
    close();
  });

  it('during an active plan: no reminder for the whole claim; a late term gets a term reminder that asks only for that term', () => {
    const { db, sqlite, leeflang, close } = setup();
    const plan = createPlan(db, {
      debtorId: leeflang,
      agreedOn: TODAY,
      ...allOpenInvoices(db, leeflang),
      installments: [
        { dueDate: '2026-06-19', amountCents: 156_761 },
        { dueDate: '2026-07-20', amountCents: 156_761 },
      ],
    });
    markPlanSent(db, { planId: plan.id, sentOn: TODAY }, TODAY);
    markPlanSigned(db, { planId: plan.id, signedOn: TODAY }, TODAY);
    activatePlan(db, { planId: plan.id }, TODAY);
    expectRefused(sqlite, () => issueLetter(db, { debtorId: leeflang, type: 'reminder2' }, '2026-06-15'), 'not_allowed', /Geen aanmaning tijdens een betalingsregeling/);
    expectRefused(sqlite, () => issueLetter(db, { debtorId: leeflang, type: 'plan_term_reminder' }, '2026-06-15'), 'not_allowed', /geen lopende betalingsregeling met een te late termijn/);
    expect(debtorStanding(db, leeflang, '2026-06-15')).toMatchObject({ next: null, lateTerm: false });

    // Monday 22 June: term 1 of 19 June is three days late; the plan runs on to term 2 on 20 July.
    const standing = debtorStanding(db, leeflang, '2026-06-22');
    expect(standing).toMatchObject({ next: 'plan_term_reminder', lateTerm: true });
    expect(standing.refused.map((r) => r.type)).toEqual(['reminder1', 'reminder2', 'reminder3']);
    expect(standing.invoices.map((i) => i.pausedBy?.key)).toEqual(['dunning.paused.plan', 'dunning.paused.plan', 'dunning.paused.plan']);
    const { letter } = issueLetter(db, { debtorId: leeflang, type: 'plan_term_reminder' }, '2026-06-22');
    const text = textOf(letter);
    expect(letter.subject).toBe('Herinnering termijn betalingsregeling');
    expect(text).toContain('termijn 1 uiterlijk op 19 juni 2026');
    expect(text).toContain('€ 1.567,61 uiterlijk op 26 juni 2026'); // the last day of the plan's 7 days' grace
    expect(text).toContain('de volgende termijn van € 1.567,61 betaalt u uiterlijk op 20 juli 2026');
    expect(text).toContain('dan vervalt de regeling en is het hele dan nog openstaande bedrag direct opeisbaar');
    expect(text).not.toContain('3.135,22');
    expect(letter.amounts.totalCents).toBe(156_761);
    expect(batchCandidates(db, '2026-06-22').find((c) => c.id === leeflang)).toMatchObject({ type: 'plan_term_reminder', amountCents: 156_761 });
    close();
  });

  it('the batch gives each debtor its own next letter', () => {
    const { db, leeflang, visser, close } = setup();
    issueLetter(db, { debtorId: leeflang, type: 'reminder1' }, '2026-06-01');
    const candidates = batchCandidates(db, TODAY);
    // Leeflang had its betalingsherinnering on 1 June: day 12 after the due date asks the aanmaning; Visser, a consumer, its first letter.
    expect(candidates.find((c) => c.id === leeflang)?.type).toBe('reminder2');
    expect(candidates.find((c) => c.id === visser)?.type).toBe('reminder1');
    const result = issueBatch(db, candidates.map((c) => ({ debtorId: c.id, type: c.type })), TODAY);
    expect(result.refused).toEqual([]);
    expect(result.issued.find((i) => i.debtorId === leeflang)?.letter.type).toBe('reminder2');
    expect(new Set(result.issued.map((i) => i.letter.type)).size).toBeGreaterThan(1);
    close();
  });
});

describe('letters repository: the receipts a letter says it includes', () => {
  it('names the day before the letter, or the letter date once a payment of that day is in its amounts', () => {
    const { db, leeflang, close } = setup();
    expect(textOf(composeLetter(db, { debtorId: leeflang, type: 'reminder1' }, TODAY).letter)).toContain('De ontvangsten tot en met 11 juni 2026 zijn hierin verwerkt.');
    recordPayment(db, { debtorId: leeflang, receivedOn: TODAY, amountCents: 10_000 }, TODAY);
    const letter = composeLetter(db, { debtorId: leeflang, type: 'reminder1' }, TODAY).letter;
    expect(letter.amounts.totalCents).toBe(303_522);
    expect(textOf(letter)).toContain('De ontvangsten tot en met 12 juni 2026 zijn hierin verwerkt.');
    close();
  });
});
