// The excuses' texts, for the catalogue (i18n/catalogue.ts): each excuse's own table, without the excuse
// modules themselves (index.ts), whose steps and recorders bring xstate and zod — which the app's first
// screen does not need. In the order of EXCUSE_MODULES; excuses.test.ts holds the two lists to each other.
import type { MessageTable } from '../../domain/message-text';
import { notMyDepartmentMessages } from './not-my-department.messages';
import { noTimeMessages } from './no-time.messages';
import { neverReceivedMessages } from './never-received.messages';
import { invoiceIncorrectMessages } from './invoice-incorrect.messages';
import { alreadyPaidMessages } from './already-paid.messages';
import { directDebitMessages } from './direct-debit.messages';
import { cannotPayMessages } from './cannot-pay.messages';
import { willPayMessages } from './will-pay.messages';
import { onHolidayMessages } from './on-holiday.messages';
import { bankErrorMessages } from './bank-error.messages';
import { productNotReceivedMessages } from './product-not-received.messages';
import { systemDownMessages } from './system-down.messages';
import { agreedOtherwiseMessages } from './agreed-otherwise.messages';

export const excuseMessageTables: readonly MessageTable[] = [
  notMyDepartmentMessages,
  noTimeMessages,
  neverReceivedMessages,
  invoiceIncorrectMessages,
  alreadyPaidMessages,
  directDebitMessages,
  cannotPayMessages,
  willPayMessages,
  onHolidayMessages,
  bankErrorMessages,
  productNotReceivedMessages,
  systemDownMessages,
  agreedOtherwiseMessages,
];
