// The one message catalogue: every area's messages, Dutch (the source) and English side by side.
// A key defined twice fails at start-up; i18n/catalogue.test.ts checks every message parses as ICU.
import { createCatalogue } from './format';
import { appMessages } from './messages/app';
import { navMessages } from './messages/nav';
import { debtorsMessages } from './messages/debtors';
import { debtorMessages } from './messages/debtor';
import { resultMessages } from './messages/result';
import { toneMessages } from './messages/tone';
import { settingsMessages } from './messages/settings';
import { followupMessages } from './messages/followup';
import { timelineMessages } from './messages/timeline';
import { lettersMessages } from './messages/letters';
import { callMessages } from './messages/call';
import { legacyTaskMessages, storedTextMessages, taskMessages } from './messages/tasks';
import { callRecordMessages } from '../machines/call-record.messages';
import { dunningMessages } from './messages/dunning';
import { worklistMessages } from './messages/worklist';
import { worklistScreenMessages } from './messages/worklist-screen';
import { outcomeCodeMessages } from './messages/outcome-codes';
import { errorMessages } from './messages/errors';
import { validationMessages } from './messages/validation';
import { startupMessages } from './messages/startup';
import { importMessages } from './messages/import';
import { bankMessages } from './messages/bank';
import { cliMessages } from './messages/cli';
import { exportMessages } from './messages/exports';
import { dataScreenMessages } from './messages/data-screen';
import { callRuleMessages } from '../machines/call-rules.messages';
import { callScriptMessages } from '../machines/call-script.messages';
import { preventiveCallMessages } from '../machines/preventive-call.messages';
import { excuseMessageTables } from '../machines/excuses/messages';

export const messageTables = [
  appMessages,
  navMessages,
  debtorsMessages,
  debtorMessages,
  resultMessages,
  toneMessages,
  settingsMessages,
  followupMessages,
  timelineMessages,
  lettersMessages,
  callMessages,
  taskMessages,
  storedTextMessages,
  legacyTaskMessages,
  callRecordMessages,
  dunningMessages,
  worklistMessages,
  worklistScreenMessages,
  outcomeCodeMessages,
  errorMessages,
  validationMessages,
  startupMessages,
  importMessages,
  bankMessages,
  cliMessages,
  exportMessages,
  dataScreenMessages,
  callRuleMessages,
  callScriptMessages,
  preventiveCallMessages,
] as const;

type Keys<T> = T extends readonly (infer U)[] ? (U extends Record<infer K, unknown> ? K : never) : never;
export type MessageKey = Keys<typeof messageTables> & string;

/** Every table, the excuses' own included (their keys are not typed as MessageKey: they come from the machines). */
export const allMessageTables = [...messageTables, ...excuseMessageTables];

export const catalogue = createCatalogue(...allMessageTables);

export function isMessageKey(key: string): key is MessageKey {
  return catalogue.has(key);
}
