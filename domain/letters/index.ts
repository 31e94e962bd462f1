// Letters on paper: typed models and pure composers. The A4 view renders a LetterModel; the letters
// repository composes from the ledger and records the model exactly as printed.
export * from './model';
export type { LetterContext, LetterInvoice } from './common';
export { setOffCredit } from './common';
export { composeConsumer14, composeReminder1, composeReminder2, composeReminder3, lastOfType, type SentLetter } from './reminders';
export { composePlanAgreement } from './plan-agreement';
export { composePlanTermReminder } from './plan-term-reminder';
export { composeConfirmation } from './confirmation';
export { composeHandoverDossier } from './handover';
export type { BookedClaimParts } from './claim-statement';
