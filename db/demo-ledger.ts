// The demo ledger an empty database gets on first start: Shoepro BV's debtors from seed 000 and a
// dozen more in varied states, dated relative to today so the states stay true whenever it is run.
import type { Db } from './client';
import { debtors, invoiceLines, invoices, payments, paymentAllocations } from './schema';
import { addDays, type IsoDate } from '../domain/dates';
import { DEFAULT_SETTINGS } from '../domain/settings';
import { saveSettings, setLedgerKind } from './settings.repo';
import { preparedOnce } from './prepared';
import type { ContactTitle, DebtorKind } from '../domain/primitives';

interface DemoInvoice {
  number: string;
  /** Days after today the invoice falls due (negative: overdue). */
  dueIn: number;
  description: string;
  /** Net line amounts in cents; 21% BTW is added as its own line, rounded per invoice. */
  net: number[];
  paid?: number;
}

interface DemoDebtor {
  number: string;
  name: string;
  kind?: DebtorKind;
  contactTitle?: ContactTitle;
  addressLine: string;
  postcode: string;
  city: string;
  phone?: string;
  email?: string;
  contactName?: string;
  contactRole?: string;
  contactPhone?: string;
  contactEmail?: string;
  mayOfferPlan?: boolean;
  maxPlanTerms?: number;
  tone?: 'zakelijk' | 'vriendelijk' | 'streng';
  invoices: DemoInvoice[];
}

const PAYMENT_TERM = DEFAULT_SETTINGS.company.paymentTermDays;

// Leeflang & Zn, invoices 123/456/789 of seed 000: € 178,49 + € 2.898,24 + € 58,49 = € 3.135,22.
// Net amounts chosen so net + 21% BTW (rounded) gives exactly the seed's invoice amounts.
export const DEMO_DEBTORS: DemoDebtor[] = [
  {
    number: '10023', name: 'Leeflang & Zn', addressLine: 'Dorpsstraat 123', postcode: '4567 AB', city: 'Weesp',
    phone: '0294-412345', contactTitle: 'mevrouw', contactName: 'J. de Boer', contactRole: 'crediteurenadministratie',
    contactPhone: '0294-412350', contactEmail: 'crediteuren@leeflang.nl',
    invoices: [
      { number: '123', dueIn: -14, description: 'Herenschoenen model Oxford', net: [14751] },
      { number: '456', dueIn: -13, description: 'Damesschoenen, voorjaarscollectie', net: [239524] },
      { number: '789', dueIn: -12, description: 'Schoenverzorgingsset', net: [4834] },
    ],
  },
  {
    number: '10031', name: 'Bakkerij Van Dam BV', addressLine: 'Kerkstraat 8', postcode: '1381 BC', city: 'Weesp',
    phone: '0294-418811', contactTitle: 'heer', contactName: 'P. van Dam', contactRole: 'eigenaar', contactPhone: '06-12345678', tone: 'vriendelijk',
    invoices: [{ number: '1041', dueIn: 8, description: 'Werkschoenen bakkerij (12 paar)', net: [107400] }],
  },
  {
    number: '10044', name: 'Jansen Installatietechniek BV', addressLine: 'Ambachtsweg 22', postcode: '1271 AM', city: 'Huizen',
    phone: '035-5261100', contactTitle: 'mevrouw', contactName: 'L. Jansen', contactRole: 'financiële administratie', contactEmail: 'facturen@jansen-installatie.nl',
    invoices: [{ number: '1037', dueIn: -2, description: 'Veiligheidsschoenen S3 (8 paar)', net: [95200] }],
  },
  {
    number: '10052', name: 'De Groot Transport BV', addressLine: 'Havenweg 140', postcode: '3542 AD', city: 'Utrecht',
    phone: '030-2410000', contactTitle: 'heer', contactName: 'R. de Groot', contactRole: 'directeur', tone: 'streng', maxPlanTerms: 3,
    invoices: [
      { number: '0988', dueIn: -45, description: 'Chauffeursschoenen (40 paar)', net: [620000] },
      { number: '1002', dueIn: -38, description: 'Winterlaarzen (25 paar)', net: [408900] },
    ],
  },
  {
    number: '20007', name: 'P. Visser', kind: 'consumer', contactTitle: 'heer', addressLine: 'Lindenlaan 4', postcode: '3818 LK', city: 'Amersfoort',
    phone: '06-23456789', email: 'p.visser@example.nl',
    invoices: [{ number: '1019', dueIn: -20, description: 'Wandelschoenen maat 44', net: [20657] }],
  },
  {
    number: '10067', name: 'Hotel De Zwaan BV', addressLine: 'Brink 1', postcode: '7411 BR', city: 'Deventer',
    phone: '0570-611000', contactTitle: 'heer', contactName: 'K. Smits', contactRole: 'controller', contactPhone: '0570-611020',
    invoices: [
      { number: '1033', dueIn: -5, description: 'Personeelsschoenen receptie', net: [38900] },
      { number: '1034', dueIn: -5, description: 'Personeelsschoenen keuken', net: [51200] },
    ],
  },
  {
    number: '10071', name: 'Bloemenhuis Flora VOF', addressLine: 'Marktplein 3', postcode: '2011 HA', city: 'Haarlem',
    phone: '023-5311122', contactTitle: 'mevrouw', contactName: 'A. Bloem', contactRole: 'eigenaar',
    invoices: [{ number: '1011', dueIn: -25, description: 'Laarzen kwekerij (6 paar)', net: [41322] }],
  },
  {
    number: '10085', name: 'Autobedrijf Mulder BV', addressLine: 'Industrieweg 77', postcode: '1314 CE', city: 'Almere',
    phone: '036-5300400', contactTitle: 'mevrouw', contactName: 'S. Mulder', contactRole: 'boekhouding',
    invoices: [{ number: '1043', dueIn: 12, description: 'Werkplaatsschoenen (10 paar)', net: [84000] }],
  },
  {
    number: '20012', name: 'M. Bakker', kind: 'consumer', contactTitle: 'mevrouw', addressLine: 'Zeestraat 19', postcode: '2518 AA', city: 'Den Haag',
    phone: '06-34567890',
    invoices: [{ number: '1029', dueIn: -8, description: 'Damespumps', net: [10661] }],
  },
  {
    number: '10093', name: 'Sportschool FitFit BV', addressLine: 'Stadionweg 5', postcode: '1076 NE', city: 'Amsterdam',
    phone: '020-6710000', contactTitle: 'heer', contactName: 'D. Kok', contactRole: 'administrateur', mayOfferPlan: true,
    invoices: [
      { number: '0951', dueIn: -60, description: 'Sportschoenen trainers', net: [72000] },
      { number: '0962', dueIn: -52, description: 'Sportschoenen leden-actie', net: [156000] },
      { number: '0977', dueIn: -47, description: 'Zaalschoenen', net: [39500] },
    ],
  },
  {
    number: '10102', name: 'Drukkerij Smit & Co', addressLine: 'Papiermolen 2', postcode: '6826 TB', city: 'Arnhem',
    phone: '026-3630000', contactTitle: 'heer', contactName: 'B. Smit', contactRole: 'crediteurenadministratie',
    invoices: [{ number: '1015', dueIn: -16, description: 'Veiligheidsschoenen drukkerij', net: [165289], paid: 100000 }],
  },
  {
    number: '10118', name: "Restaurant 't Hoekje", addressLine: 'Hoekstraat 1', postcode: '5211 HA', city: "'s-Hertogenbosch",
    phone: '073-6120000', contactTitle: 'mevrouw', contactName: 'E. Hoek', contactRole: 'eigenaar', mayOfferPlan: false,
    invoices: [{ number: '1003', dueIn: -31, description: 'Koksklompen (14 paar)', net: [96000] }],
  },
  {
    number: '10125', name: 'Kinderopvang Zonnetje BV', addressLine: 'Speelweg 9', postcode: '3700 AB', city: 'Zeist',
    phone: '030-6920000', contactTitle: 'mevrouw', contactName: 'F. Zon', contactRole: 'financiën',
    invoices: [{ number: '1045', dueIn: 20, description: 'Binnenschoenen personeel', net: [31000] }],
  },
  {
    number: '10133', name: 'Schildersbedrijf Koster', addressLine: 'Verfstraat 12', postcode: '8011 AB', city: 'Zwolle',
    phone: '038-4210000', contactTitle: 'heer', contactName: 'H. Koster', contactRole: 'eigenaar',
    invoices: [{ number: '1025', dueIn: -10, description: 'Schilderswerkschoenen', net: [28900] }],
  },
];

const VAT_BP = 2100;
const vatOn = (net: number) => Math.round((net * VAT_BP) / 10000);

/** True when the ledger has no debtors yet. */
export function isEmptyLedger(db: Db): boolean {
  return !preparedOnce(db, 'anyDebtor', (d) => d.select({ id: debtors.id }).from(debtors).limit(1).prepare()).get();
}

/**
 * Fills an empty ledger with the demo administration in one transaction that takes the write lock
 * before it looks: of two first starts at once, one seeds and the other finds debtors and leaves them.
 * False when the ledger had debtors already. With its history: handlers/demo-activity.ts seedDemo.
 */
export function seedDemoLedger(db: Db, today: IsoDate): boolean {
  return db.transaction(
    (tx) => {
      if (!isEmptyLedger(tx)) return false;
      seedDemoDebtors(tx, today);
      return true;
    },
    { behavior: 'immediate' },
  );
}

/** The demo debtors, their invoices and partial payments, and the default settings; part of the caller's transaction. */
export function seedDemoDebtors(tx: Db, today: IsoDate): void {
  saveSettings(tx, DEFAULT_SETTINGS);
  setLedgerKind(tx, 'demo');
  for (const d of DEMO_DEBTORS) {
    const { invoices: invs, ...fields } = d;
    const debtor = tx.insert(debtors).values({ ...fields, kind: d.kind ?? 'business' }).returning({ id: debtors.id }).get();
    for (const inv of invs) {
      const dueDate = addDays(today, inv.dueIn);
      const row = tx
        .insert(invoices)
        .values({ debtorId: debtor.id, number: inv.number, dueDate, invoiceDate: addDays(dueDate, -PAYMENT_TERM), description: inv.description })
        .returning({ id: invoices.id })
        .get();
      const net = inv.net.reduce((s, n) => s + n, 0);
      tx.insert(invoiceLines)
        .values([
          ...inv.net.map((amountCents) => ({ invoiceId: row.id, description: inv.description, amountCents })),
          { invoiceId: row.id, description: 'BTW 21%', amountCents: vatOn(net) },
        ])
        .run();
      if (inv.paid) {
        const receivedOn = addDays(dueDate, 3);
        const p = tx
          .insert(payments)
          .values({ debtorId: debtor.id, receivedOn, amountCents: inv.paid, description: `Deelbetaling factuur ${inv.number}` })
          .returning({ id: payments.id })
          .get();
        tx.insert(paymentAllocations).values({ paymentId: p.id, invoiceId: row.id, kind: 'principal', amountCents: inv.paid }).run();
      }
    }
  }
}
