// Every letter type has exactly one module, and every module a letter type: a type added to
// LETTER_TYPES without its module (or the other way round) fails here, as does one without its texts.
import { LETTER_TYPES } from '../../domain/letters/model';
import { letters } from '../../db/schema';
import { catalogue } from '../../i18n/catalogue';
import { letterTypeModules } from './types';

const registered = letterTypeModules.map((m) => m.type);

describe('letter type modules', () => {
  it('has one module per letter type, and no module without a type', () => {
    expect([...registered].sort()).toEqual([...LETTER_TYPES].sort());
    expect(new Set(registered).size).toBe(registered.length);
  });

  it('stores exactly these types in the ledger', () => {
    expect([...letters.type.enumValues].sort()).toEqual([...LETTER_TYPES].sort());
  });

  it.each(LETTER_TYPES)('%s has its name and its timeline line in Dutch and English', (type) => {
    for (const key of [`letters.type.${type}`, `timeline.letter.${type}`])
      for (const language of ['nl', 'en'] as const) expect(catalogue.source(key, language), `${key} (${language})`).toBeTruthy();
  });

  // The debtor file's letters section and the timeline name a letter alike (issue 11 point 14).
  it.each(LETTER_TYPES)('%s: the timeline line starts with the name the letters section shows', (type) => {
    for (const language of ['nl', 'en'] as const)
      expect(catalogue.source(`timeline.letter.${type}`, language)).toMatch(new RegExp(`^${catalogue.source(`letters.type.${type}`, language)!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} `));
  });
});
