// Why a bank returned a SEPA direct debit or credit transfer: the ISO 20022 reason codes the Dutch
// banks pass on in CAMT.053 (RtrInf/Rsn/Cd) and MT940 (:86: /RTRN/). Meanings per the EPC's
// "Guidance on reason codes for SDD R-transactions" (EPC173-14) and the ISO External Status Reason
// code set. Each known code has a message `bank.returnReason.<code>` saying what it means for the
// collector; any other code is shown as itself.
import { message, type Message } from './message';

export const RETURN_REASON_CODES = [
  'AC01', 'AC03', 'AC04', 'AC06', 'AC13', 'AG01', 'AG02', 'AM04', 'AM05', 'BE05', 'CNOR', 'CUST', 'DNOR', 'DUPL', 'FF01', 'FF05',
  'FOCR', 'FRAD', 'MD01', 'MD02', 'MD06', 'MD07', 'MS02', 'MS03', 'RC01', 'RR01', 'RR02', 'RR03', 'RR04', 'SL01', 'TECH', 'TM01', 'UPAY',
] as const;

const KNOWN = new Set<string>(RETURN_REASON_CODES);

/** The explanation of a return reason code, for the collector. */
export function returnReasonMessage(code: string): Message {
  const normalized = code.trim().toUpperCase();
  return KNOWN.has(normalized) ? message(`bank.returnReason.${normalized}`) : message('bank.returnReason.other', { code: normalized });
}
