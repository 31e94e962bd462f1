// When a consumer's wettelijke rente starts (art. 6:119 BW: interest is the damages for the time the
// debtor is in default, "in verzuim"). A consumer is not in default by an invoice's due date alone: default
// begins when a written ingebrekestelling's term has passed without payment (art. 6:81 with 6:82 lid 1
// BW; without it only in the cases of 6:83, which our invoices do not meet). Once in default the debtor
// stays so until paying: a later ingebrekestelling neither ends nor restarts it. So interest runs from the
// day after the term of the FIRST ingebrekestelling that expired — not the last one sent, whose term may
// still be running.
// (A business owes handelsrente from the day after the due date, art. 6:119a lid 1: no notice needed.)
import { compareDates, type IsoDate } from '../dates';
import type { InvoiceId } from './allocation';

export interface NoticeOfDefault {
  letterDate: IsoDate;
  /** The last day of the term the ingebrekestelling gave; null when it gave none. */
  payBy: IsoDate | null;
  /** The invoices it named; omitted: every open invoice of the debtor. */
  invoiceIds?: readonly InvoiceId[];
}

/**
 * The last day before the consumer is in default for `invoiceId` (or for the claim as a whole when no
 * invoice is given): the end of the earliest term that had passed by `asOf`; null when none has.
 */
export function consumerDefaultAfter(notices: readonly NoticeOfDefault[], asOf: IsoDate, invoiceId?: InvoiceId): IsoDate | null {
  let first: IsoDate | null = null;
  for (const notice of notices) {
    if (notice.payBy === null || compareDates(notice.payBy, asOf) >= 0) continue;
    if (invoiceId !== undefined && notice.invoiceIds && !notice.invoiceIds.includes(invoiceId)) continue;
    if (first === null || compareDates(notice.payBy, first) < 0) first = notice.payBy;
  }
  return first;
}
