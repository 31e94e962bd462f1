// The stored worklist is paged in SQL by the name's key: the key's plain order must be the collator's,
// for the names a Dutch ledger holds (letters with and without accents, digits, the punctuation of
// company names) and for anything else a name may contain.
import fc from 'fast-check';
import { nameCollator, nameSortKey } from './name-order';

const sign = (n: number) => (n < 0 ? -1 : n > 0 ? 1 : 0);
const binary = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const ALPHABET = [...'aAbBcCdeEfgijIJklmnoOpqrsStuUvwxyzZ éëèêïöüÜçñåøØßæÆœĳĲ0123456789 &.,-\'/()+@_!#*ǅǉ\u00ad'];
const names = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 12 }).map((cs) => cs.join(''));

describe('nameSortKey orders names as the collator does', () => {
  it.each([
    ['Bakker 2', 'Bakker 10'],
    ['bakker', 'Bakker B.V.'],
    ['Ölbaum', 'Olsen'],
    ['De Vries', 'Devries'],
    ['Straße', 'Strasse 1'],
    ['Bakker 007', 'Bakker 8'],
  ])('%s before %s', (a, b) => {
    expect(sign(nameCollator.compare(a, b))).toBe(-1);
    expect(binary(nameSortKey(a), nameSortKey(b))).toBe(-1);
  });

  it('gives names the collator holds equal the same key', () => {
    expect(nameSortKey('Müller & Zn')).toBe(nameSortKey('MULLER & ZN'));
    expect(nameSortKey('Straße')).toBe(nameSortKey('strasse'));
    expect(nameSortKey('Bakker 07')).toBe(nameSortKey('bakker 7'));
  });

  it('agrees with the collator on generated names', () => {
    fc.assert(fc.property(names, names, (a, b) => sign(nameCollator.compare(a, b)) === binary(nameSortKey(a), nameSortKey(b))), { numRuns: 5000 });
  });

  it('agrees on names in any Latin letter, Greek or Cyrillic, with their punctuation', () => {
    // U+0020–U+024F but superscript digits and fractions, the Greek and Cyrillic alphabets: the names a ledger holds.
    const chars: string[] = [];
    for (let c = 0x20; c < 0x460; c++)
      if ((c < 0x250 || (c >= 0x386 && c <= 0x3ce) || c >= 0x400) && ![0xb2, 0xb3, 0xb9, 0xbc, 0xbd, 0xbe].includes(c)) chars.push(String.fromCharCode(c));
    const wide = fc.array(fc.constantFrom(...chars), { maxLength: 8 }).map((cs) => cs.join(''));
    fc.assert(fc.property(wide, wide, (a, b) => sign(nameCollator.compare(a, b)) === binary(nameSortKey(a), nameSortKey(b))), { numRuns: 20000 });
  });

  it('agrees on names with characters beyond the table (Chinese, Arabic) and accents written apart', () => {
    const wide = fc.array(fc.constantFrom(...'abz AZ09-αβΩжЖ中文字ا', 'и\u0306', 'e\u0301'), { maxLength: 6 }).map((cs) => cs.join(''));
    fc.assert(fc.property(wide, wide, (a, b) => sign(nameCollator.compare(a, b)) === binary(nameSortKey(a), nameSortKey(b))), { numRuns: 3000 });
  });
});
