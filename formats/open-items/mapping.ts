// Which file column holds which field. A mapping names the file's own header labels, so it can be
// remembered per source and still fit next month's export with its columns in another order.
import { message, type Message } from '../../domain/message';
import { cellText, columnLetter, type Cell } from '../table/table';
import { OPEN_ITEM_FIELDS, type ColumnMapping, type OpenItemField, type PresetId } from '../../domain/open-items';
import { REQUIRED_FIELDS } from './fields';
import { ALL_PRESETS, GENERIC_PRESET, presetById, type HeaderAlias, type OpenItemsPreset } from './presets';


/** "Factuurnr." → "factuurnr", "Openstaand bedrag" → "openstaandbedrag", "E-mail" → "email". */
export function normalizeHeader(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** The header row's labels, made unique: the second "Naam" becomes "Naam (2)", an empty one "[C]". */
export function headerLabels(row: readonly Cell[]): string[] {
  const seen = new Map<string, number>();
  return row.map((cell, index) => {
    const text = cellText(cell).trim();
    if (text === '') return `[${columnLetter(index)}]`;
    const times = (seen.get(text) ?? 0) + 1;
    seen.set(text, times);
    return times === 1 ? text : `${text} (${times})`;
  });
}

function aliasIndex(alias: HeaderAlias, normalized: readonly string[], used: ReadonlySet<number>): number {
  if (typeof alias === 'string') {
    const wanted = normalizeHeader(alias);
    return normalized.findIndex((h, i) => h === wanted && !used.has(i));
  }
  const wanted = normalizeHeader(alias.header);
  const after = normalizeHeader(alias.after);
  return normalized.findIndex((h, i) => h === wanted && i > 0 && normalized[i - 1] === after && !used.has(i));
}

/** Strip the " (2)" a duplicate label got, so it compares like the header it repeats. */
function normalizedHeaders(labels: readonly string[]): string[] {
  return labels.map((label) => normalizeHeader(label.replace(/ \(\d+\)$/, '')));
}

const aliasKey = (alias: HeaderAlias) => normalizeHeader(typeof alias === 'string' ? alias : `${alias.after}>${alias.header}`);

/** Per field, the generic names: a preset's name only tells its source apart when it is not one of these. */
const GENERIC_NAMES = new Map(OPEN_ITEM_FIELDS.map((field) => [field, new Set((GENERIC_PRESET.aliases[field] ?? []).map(aliasKey))]));

function resolvePreset(preset: OpenItemsPreset, labels: readonly string[]): { columns: Partial<Record<OpenItemField, number>>; own: number } {
  const normalized = normalizedHeaders(labels);
  const used = new Set<number>();
  const columns: Partial<Record<OpenItemField, number>> = {};
  let own = 0;
  // A preset's own names first for every field, then the generic names for what is still missing.
  for (const source of preset === GENERIC_PRESET ? [preset] : [preset, GENERIC_PRESET])
    for (const field of OPEN_ITEM_FIELDS) {
      if (columns[field] !== undefined) continue;
      for (const alias of source.aliases[field] ?? []) {
        const index = aliasIndex(alias, normalized, used);
        if (index !== -1) {
          columns[field] = index;
          used.add(index);
          if (source === preset && !GENERIC_NAMES.get(field)!.has(aliasKey(alias))) own++;
          break;
        }
      }
    }
  return { columns, own };
}

export interface MappingSuggestion {
  presetId: PresetId;
  mapping: ColumnMapping;
  /** Required fields no column was found for (the collector picks them, or a payment term). */
  missing: OpenItemField[];
}

function toMapping(columns: Partial<Record<OpenItemField, number>>, labels: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = { columns: {} };
  for (const field of OPEN_ITEM_FIELDS) if (columns[field] !== undefined) mapping.columns[field] = labels[columns[field]!]!;
  return mapping;
}

/** The preset whose own header names match the file best, and the mapping it gives. */
export function suggestMapping(labels: readonly string[], presetId?: PresetId): MappingSuggestion {
  let best: { preset: OpenItemsPreset; columns: Partial<Record<OpenItemField, number>>; score: number } | undefined;
  for (const preset of presetId ? [presetById(presetId)] : ALL_PRESETS) {
    const { columns, own } = resolvePreset(preset, labels);
    const found = Object.keys(columns).length;
    // Names only this source uses weigh double; the generic preset wins ties (it claims nothing about the source).
    const score = found + (preset === GENERIC_PRESET ? 0 : own);
    if (!best || score > best.score || (score === best.score && preset === GENERIC_PRESET)) best = { preset, columns, score };
  }
  const mapping = toMapping(best!.columns, labels);
  return { presetId: best!.preset.id, mapping, missing: REQUIRED_FIELDS.filter((f) => mapping.columns[f] === undefined) };
}

/** How many fields a row's labels would fill: the header row is the row that fills most. */
export function headerScore(row: readonly Cell[]): number {
  const labels = headerLabels(row);
  let best = 0;
  for (const preset of ALL_PRESETS) best = Math.max(best, Object.keys(resolvePreset(preset, labels).columns).length);
  return best;
}

export type ResolvedMapping = { ok: true; columns: Partial<Record<OpenItemField, number>>; dueDateTermDays?: number } | { ok: false; errors: Message[] };

/** Turns a mapping into column positions for these labels, or names every problem with it. */
export function resolveMapping(mapping: ColumnMapping, labels: readonly string[]): ResolvedMapping {
  const errors: Message[] = [];
  const columns: Partial<Record<OpenItemField, number>> = {};
  const taken = new Map<number, OpenItemField>();
  for (const field of OPEN_ITEM_FIELDS) {
    const label = mapping.columns[field];
    if (label === undefined || label === '') continue;
    const index = labels.indexOf(label);
    if (index === -1) {
      errors.push(message('import.mapping.columnNotInFile', { column: label }));
      continue;
    }
    if (taken.has(index)) {
      errors.push(message('import.mapping.columnUsedTwice', { column: label }));
      continue;
    }
    taken.set(index, field);
    columns[field] = index;
  }
  const term = mapping.dueDateTermDays;
  if (term !== undefined && (!Number.isInteger(term) || term < 0 || term > 365)) errors.push(message('import.mapping.badTermDays', { days: term }));
  for (const field of REQUIRED_FIELDS) {
    if (columns[field] !== undefined || (mapping.columns[field] ?? '') !== '') continue;
    if (field === 'dueDate' && term !== undefined) continue;
    errors.push(message(`import.file.missingColumn.${field}`));
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, columns, ...(term !== undefined ? { dueDateTermDays: term } : {}) };
}
