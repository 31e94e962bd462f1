// Every letter type, once. A letter type in LETTER_TYPES (domain/letters/model.ts) without a module here,
// or a module without its type, fails handlers/letters/registry.test.ts.
import { confirmation } from './confirmation';
import { planAgreement } from './plan-agreement';
import { reminder1 } from './reminder1';
import { reminder2 } from './reminder2';
import { reminder3 } from './reminder3';
import { consumer14 } from './consumer14';
import { handoverDossier } from './handover-dossier';
import { planTermReminder } from './plan-term-reminder';

export const letterTypeModules = [confirmation, planAgreement, reminder1, reminder2, reminder3, consumer14, handoverDossier, planTermReminder] as const;
