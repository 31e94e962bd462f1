// Exports. The rows are read in one read transaction and written as a file before dispatch's own
// transaction (handlers/readers.ts): writing XLSX is asynchronous. Column titles come from the
// catalogue in the language asked for; the claim is the hand-over dossier's own content (Dutch, as the
// letters are), flattened to rows, so the CSV and the printed dossier say the same.
import { Buffer } from 'node:buffer';
import type { Db } from '../db/client';
import { allDebtorBalances } from '../db/debtor-list.repo';
import { allTasks } from '../db/tasks.repo';
import { callLog } from '../db/calls.repo';
import { allPromises } from '../db/promises.repo';
import { openItemsForExport } from '../db/open-items.repo';
import { daysBetween, type IsoDate } from '../domain/dates';
import type { Language } from '../domain/settings';
import { OPEN_ITEM_FIELDS, type OpenItemField } from '../domain/open-items';
import { message } from '../domain/message';
import { writeCsv } from '../formats/export/csv';
import { writeXlsx } from '../formats/export/xlsx';
import { openItemsExportTable } from '../formats/export/open-items';
import type { ExportColumn, ExportTable } from '../formats/export/table';
import { catalogue } from '../i18n/catalogue';
import type { ExportedFile, exportChannels } from '../ipc/channels/exports';
import type { ParsedInput } from '../ipc/contract';
import { today, type HandlerContext, type HandlerGroup } from './context';
import { composeLetter } from './letters/issue';
import { requireDebtor } from './guards';
import { inReadTransaction } from './transaction';

type ListRequest = ParsedInput<'exports:list'>;

function tableOf(db: Db, list: ListRequest['list'], language: Language, todayDate: IsoDate): ExportTable<never> {
  const h = (key: string) => catalogue.format(message(`export.col.${key}`), language);
  const say = (key: string) => catalogue.format(message(key), language);
  const text = <T>(key: string, value: (r: T) => string | null): ExportColumn<T> => ({ header: h(key), kind: 'text', value });
  const sheet = say(`export.list.${list}`);
  const make = <T>(rows: readonly T[], columns: ExportColumn<T>[]) => ({ rows, columns, sheetName: sheet }) as unknown as ExportTable<never>;
  switch (list) {
    case 'debtors':
      return make(allDebtorBalances(db), [
        text('debtorNumber', (d) => d.number),
        text('name', (d) => d.name),
        text('kind', (d) => say(`debtor.kind.${d.kind}`)),
        text('city', (d) => d.city),
        { header: h('openAmount'), kind: 'cents', value: (d) => d.openCents },
        { header: h('openInvoices'), kind: 'integer', value: (d) => d.openInvoiceCount },
        { header: h('oldestDue'), kind: 'date', value: (d) => d.oldestDueDate },
        { header: h('daysOverdue'), kind: 'integer', value: (d) => (d.oldestDueDate ? daysBetween(d.oldestDueDate, todayDate) : null) },
        text('escalation', (d) => d.escalation),
      ]);
    case 'tasks':
      return make(allTasks(db), [
        { header: h('dueDate'), kind: 'date', value: (t) => t.dueDate },
        text('time', (t) => t.dueTime),
        text('name', (t) => t.debtor.name),
        text('type', (t) => say(`followup.taskType.${t.type}`)),
        text('task', (t) => catalogue.format(t.title, language)),
        text('status', (t) => say(`export.taskStatus.${t.status}`)),
        { header: h('doneOn'), kind: 'date', value: (t) => t.doneOn },
        text('note', (t) => t.doneNote),
      ]);
    case 'calls':
      return make(callLog(db), [
        text('startedAt', (c) => c.startedAt),
        text('debtorNumber', (c) => c.debtor.number),
        text('name', (c) => c.debtor.name),
        text('collector', (c) => c.collector),
        { header: h('durationSeconds'), kind: 'integer', value: (c) => c.durationSeconds },
        text('result', (c) => (catalogue.has(`result.${c.result}`) ? say(`result.${c.result}`) : c.result)),
        text('summary', (c) => c.summary.map((m) => catalogue.format(m, language)).join(' · ')),
        text('note', (c) => c.notes),
      ]);
    case 'promises':
      return make(allPromises(db), [
        { header: h('madeOn'), kind: 'date', value: (p) => p.promise.madeOn },
        text('debtorNumber', (p) => p.debtor.number),
        text('name', (p) => p.debtor.name),
        { header: h('promisedDate'), kind: 'date', value: (p) => p.promise.promisedDate },
        { header: h('amount'), kind: 'cents', value: (p) => p.promise.amountCents },
        { header: h('received'), kind: 'cents', value: (p) => p.receivedCents },
        text('status', (p) => say(`followup.promise.status.${p.promise.status}`)),
      ]);
    case 'openItems': {
      const headers = Object.fromEntries(OPEN_ITEM_FIELDS.map((f) => [f, say(`import.field.${f}`)])) as Record<OpenItemField, string>;
      return openItemsExportTable(openItemsForExport(db), headers, sheet) as unknown as ExportTable<never>;
    }
  }
}

const MIME = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };

/** Reads the rows in one snapshot and writes the file; run by dispatch before its transaction. */
export async function writeListExport(input: ListRequest, ctx: HandlerContext): Promise<ExportedFile> {
  const table = inReadTransaction(ctx.db, (tx) => tableOf(tx, input.list, input.language, today(ctx)));
  const bytes = input.format === 'csv' ? writeCsv(table) : await writeXlsx(table);
  const name = catalogue.format(message(`export.file.${input.list}`), input.language);
  return { fileName: `${name}-${today(ctx)}.${input.format}`, mimeType: MIME[input.format], contentBase64: Buffer.from(bytes).toString('base64') };
}

interface ClaimRow {
  section: string;
  text: string;
  cents: number | null;
}

/** The hand-over dossier as rows: each table row with its amount, each listed item, the claim's totals. */
export function claimExport(db: Db, debtorId: number, todayDate: IsoDate): ExportedFile {
  const debtor = requireDebtor(db, debtorId);
  const { letter } = composeLetter(db, { debtorId, type: 'handover_dossier' }, todayDate);
  const rows: ClaimRow[] = [];
  let heading = letter.subject;
  for (const block of [...letter.blocks, ...letter.appendix]) {
    if (block.kind === 'heading') heading = block.text;
    else if (block.kind === 'list') for (const item of block.items) rows.push({ section: heading, text: item, cents: null });
    else if (block.kind === 'facts') for (const f of block.items) rows.push({ section: heading, text: `${f.label}: ${f.value}`, cents: null });
    else if (block.kind === 'table') {
      for (const r of block.table.rows) rows.push({ section: block.table.caption || heading, text: r.cells.join(' — '), cents: r.cents });
      if (block.table.total) rows.push({ section: block.table.caption || heading, text: block.table.total.label, cents: block.table.total.cents });
    }
  }
  const a = letter.amounts;
  rows.push(
    { section: 'Vordering', text: 'Hoofdsom', cents: a.principalCents },
    { section: 'Vordering', text: 'Rente', cents: a.interestCents },
    { section: 'Vordering', text: 'Incassokosten', cents: a.costsCents },
    { section: 'Vordering', text: 'Totaal', cents: a.totalCents },
  );
  const bytes = writeCsv<ClaimRow>({
    rows,
    columns: [
      { header: 'Onderdeel', kind: 'text', value: (r) => r.section },
      { header: 'Omschrijving', kind: 'text', value: (r) => r.text },
      { header: 'Bedrag', kind: 'cents', value: (r) => r.cents },
    ],
  });
  return { fileName: `vordering-${debtor.number}-${todayDate}.csv`, mimeType: MIME.csv, contentBase64: Buffer.from(bytes).toString('base64') };
}

export const exportHandlers = {
  'exports:list': (ctx) => ctx.prepared as ExportedFile,
  'exports:claim': (ctx, { debtorId }) => claimExport(ctx.db, debtorId, today(ctx)),
} satisfies HandlerGroup<keyof typeof exportChannels>;
