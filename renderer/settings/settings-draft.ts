// Settings as typed, and what is wrong with them per field (issue 11 point 10). Number fields are kept as
// the text typed, so a cleared field stays empty and is refused ("vul een getal in") instead of becoming 0.
// Each issue, the screen's own or one the handler sent back, is placed at the field it belongs to (by its
// path), in the order of the screen; an issue deeper in a list (a rate row) belongs to that list's section.
import { Settings } from '../../domain/settings';
import { message, type Message } from '../../domain/message-text';
import { validationIssues } from '../../ipc/validation';
import type { MessageKey } from '../i18n';

export interface SettingsDraft extends Omit<Settings, 'company' | 'planGraceDays' | 'backupsToKeep'> {
  company: Omit<Settings['company'], 'paymentTermDays'> & { paymentTermDays: string };
  planGraceDays: string;
  backupsToKeep: string;
}

export const toDraft = (s: Settings): SettingsDraft => ({
  ...s,
  company: { ...s.company, paymentTermDays: String(s.company.paymentTermDays) },
  planGraceDays: String(s.planGraceDays),
  backupsToKeep: String(s.backupsToKeep),
});

/** Every part of the settings the screen shows, by path, with its label, in the order of the screen. */
export const SETTINGS_FIELDS = [
  { path: 'company.name', label: 'settings.companyName' },
  { path: 'company.addressLine', label: 'settings.addressLine' },
  { path: 'company.postcode', label: 'settings.postcode' },
  { path: 'company.city', label: 'settings.city' },
  { path: 'company.phone', label: 'settings.phone' },
  { path: 'company.email', label: 'settings.email' },
  { path: 'company.iban', label: 'settings.iban' },
  { path: 'company.kvk', label: 'settings.kvk' },
  { path: 'company.paymentTermDays', label: 'settings.paymentTerm' },
  { path: 'collectorName', label: 'settings.collectorName' },
  { path: 'collectorRole', label: 'settings.collectorRole' },
  { path: 'defaultTone', label: 'settings.defaultTone' },
  { path: 'language', label: 'settings.language' },
  { path: 'planGraceDays', label: 'settings.planGraceDays' },
  { path: 'backupsToKeep', label: 'settings.backupsToKeep' },
  { path: 'collectionVatNotReclaimable', label: 'settings.vatNotReclaimable' },
  { path: 'addedRates', label: 'settings.rates' },
  { path: 'addedEquatedDays', label: 'settings.decreeDays' },
  { path: 'officeDays.workingWeekdays', label: 'settings.officeDays.weekdays' },
  { path: 'officeDays', label: 'settings.officeDays' },
] as const satisfies readonly { path: string; label: MessageKey }[];
export type SettingsField = (typeof SETTINGS_FIELDS)[number]['path'];

/** What is wrong, one message per field. */
export type FieldIssues = ReadonlyMap<SettingsField | '', Message>;

/** The field that shows an issue at `path`: the field itself, or the section of the list it is in ('' for none). */
function fieldOf(path: string): SettingsField | '' {
  const field = SETTINGS_FIELDS.find((f) => path === f.path || path.startsWith(`${f.path}.`));
  return field?.path ?? '';
}

const ORDER = new Map<string, number>(SETTINGS_FIELDS.map((f, i) => [f.path, i]));

/** The issues placed at their fields, the first per field, in the order of the screen. */
export function placeIssues(issues: readonly { path: string; message: Message }[]): FieldIssues {
  const placed = new Map<SettingsField | '', Message>();
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    if (!placed.has(field)) placed.set(field, issue.message);
  }
  return new Map([...placed].sort(([a], [b]) => (ORDER.get(a) ?? -1) - (ORDER.get(b) ?? -1)));
}

/** A whole number as typed, or why it is none. */
function wholeNumber(typed: string): number | Message {
  const text = typed.trim();
  if (text === '') return message('validation.number_required');
  return /^-?\d+$/.test(text) ? Number(text) : message('validation.whole_number');
}

/** The settings to save, or what is wrong with the draft at each field (nothing is saved then). */
export function readSettings(draft: SettingsDraft): { settings: Settings; issues?: undefined } | { issues: FieldIssues } {
  const own: { path: SettingsField; message: Message }[] = [];
  const number = (path: SettingsField, typed: string) => {
    const read = wholeNumber(typed);
    if (typeof read === 'number') return read;
    own.push({ path, message: read });
    return Number.NaN;
  };
  const candidate = {
    ...draft,
    company: { ...draft.company, paymentTermDays: number('company.paymentTermDays', draft.company.paymentTermDays) },
    planGraceDays: number('planGraceDays', draft.planGraceDays),
    backupsToKeep: number('backupsToKeep', draft.backupsToKeep),
  };
  const parsed = Settings.safeParse(candidate, { reportInput: true });
  // The field's own reading comes first: "vul een getal in" rather than zod's view of NaN.
  if (own.length || !parsed.success) return { issues: placeIssues([...own, ...(parsed.success ? [] : validationIssues(parsed.error))]) };
  return { settings: parsed.data };
}
