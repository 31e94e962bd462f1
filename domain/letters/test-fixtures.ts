// Seed 000's Leeflang & Zn for the composer tests, dated May 2026 (14 days' term) so that the checked
// part of the interest table applies; and a way to read a letter as the debtor would.
import { DEFAULT_SETTINGS } from '../settings';
import type { LetterContext, LetterDebtor, LetterInvoice } from './common';
import type { LetterBlock, LetterModel, LetterTable } from './model';
import { formatEuro } from '../money';

export const LEEFLANG: LetterDebtor = {
  id: 1,
  number: '10023',
  name: 'Leeflang & Zn',
  kind: 'business',
  salutation: null,
  addressLine: 'Dorpsstraat 123',
  postcode: '4567 AB',
  city: 'Weesp',
  contactName: 'J. de Boer',
  contactTitle: 'mevrouw',
};

export const LEEFLANG_INVOICES: LetterInvoice[] = [
  { id: 123, number: '123', invoiceDate: '2026-05-01', dueDate: '2026-05-15', amountCents: 17_849, openCents: 17_849, onHold: false },
  { id: 456, number: '456', invoiceDate: '2026-05-02', dueDate: '2026-05-16', amountCents: 289_824, openCents: 289_824, onHold: false },
  { id: 789, number: '789', invoiceDate: '2026-05-03', dueDate: '2026-05-17', amountCents: 5_849, openCents: 5_849, onHold: false },
];

export const VISSER: LetterDebtor = {
  id: 5,
  number: '20007',
  name: 'P. Visser',
  kind: 'consumer',
  salutation: null,
  addressLine: 'Lindenlaan 4',
  postcode: '3818 LK',
  city: 'Amersfoort',
  contactName: null,
  contactTitle: 'heer',
};

export const VISSER_INVOICES: LetterInvoice[] = [
  { id: 1019, number: '1019', invoiceDate: '2026-05-01', dueDate: '2026-05-15', amountCents: 24_995, openCents: 24_995, onHold: false },
];

export function ctx(letterDate: string, debtor: LetterDebtor = LEEFLANG): LetterContext {
  return { settings: DEFAULT_SETTINGS, debtor, letterDate, latestReceiptOn: null };
}

function tableText(t: LetterTable): string[] {
  return [
    t.caption,
    ...t.rows.map((r) => [...r.cells.filter(Boolean), formatEuro(r.cents)].join(' | ')),
    ...(t.total ? [`${t.total.label} | ${formatEuro(t.total.cents)}`] : []),
  ];
}

function blockText(b: LetterBlock): string[] {
  switch (b.kind) {
    case 'paragraph':
    case 'heading':
      return [b.text];
    case 'list':
      return b.items;
    case 'table':
      return tableText(b.table);
    case 'facts':
      return b.items.map((i) => `${i.label}: ${i.value}`);
    case 'signatureLines':
      return [b.title, ...b.lines];
  }
}

/** Everything printed, one line per paragraph, list item or table row (the columns joined by " | "). */
export function printed(model: LetterModel): string {
  return [
    model.returnAddress,
    ...(model.recipient ? [model.recipient.name, model.recipient.attention ?? '', model.recipient.addressLine, `${model.recipient.postcode} ${model.recipient.city}`] : []),
    model.placeAndDate,
    ...model.references.map((r) => `${r.label}: ${r.value}`),
    `Betreft: ${model.subject}`,
    model.salutation,
    ...model.blocks.flatMap(blockText),
    model.closing,
    model.signature.company,
    model.signature.name,
    model.signature.role,
    ...model.appendix.flatMap(blockText),
  ].join('\n');
}

/** The tables of a letter by caption. */
export function tables(model: LetterModel): Map<string, LetterTable> {
  return new Map(model.blocks.flatMap((b) => (b.kind === 'table' ? [[b.table.caption, b.table] as const] : [])));
}
