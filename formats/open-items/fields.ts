// The columns an open-items import understands: the common core every accounting export has, and
// optional debtor details that fill a new debtor's file.

import type { OpenItemField } from '../../domain/open-items';

/**
 * Without these a row cannot become an invoice. The due date may instead come from a payment term
 * (e-Boekhouden's open items have none); the original amount defaults to the open amount (Exact
 * Online's receivables list has only what is still open); the currency defaults to euro (Dutch
 * packages leave out the home currency).
 */
export const REQUIRED_FIELDS: readonly OpenItemField[] = ['debtorCode', 'debtorName', 'invoiceNumber', 'invoiceDate', 'dueDate', 'openAmount'];

/** Longest text a field may hold; longer means a wrong column (or, for the reference, not SEPA's Max35Text). */
export const MAX_LENGTH: Partial<Record<OpenItemField, number>> = {
  debtorCode: 64,
  debtorName: 200,
  invoiceNumber: 64,
  paymentReference: 35,
  description: 500,
  debtorAddress: 200,
  debtorPostcode: 16,
  debtorCity: 100,
  debtorEmail: 254,
  debtorPhone: 40,
};
