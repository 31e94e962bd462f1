// The order of names on the worklist: Dutch, case and accents ignored, numbers by value ("Bakker 2"
// before "Bakker 10"). `nameCollator` is that order in JavaScript; `nameSortKey` writes a name as a key
// whose plain code-point order (SQLite's BINARY, `<` on strings) is the same order, so a list stored in
// the ledger can be paged in SQL in exactly the order the collator gives. Names equal to the collator
// get equal keys (then the debtor's id decides, as in the worklist).
//
// How: the collator's own order of single characters (U+0020–U+052F: Latin, Greek, Cyrillic; worked out
// once, on first use) gives each a
// primary weight; characters the collator reads as two letters (ß = ss, æ = ae, ĳ = ij, ȸ = db) are
// written as those, found by asking it; ignorable ones (a soft hyphen, combining accents) are dropped; a run of digits becomes one
// weight in the digits' place followed by its length and its digits without leading zeros. A character
// beyond the table (Chinese, Arabic, …) is placed between its neighbours in the table, and among others
// so placed by its code point, which is the collator's order for Chinese characters. Exact for Latin
// letters with their accents, Greek, Cyrillic, digits and punctuation (name-order.test.ts); rarer signs
// (IPA letters, ϗ, superscript digits and fractions) may sort next to where the collator puts them. The
// name only decides between lines equal in priority, appointment time and amount.
export const nameCollator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** Weights are written from here on, two apart: a character the table lacks goes between its neighbours. */
const WEIGHT_BASE = 0x100;
/** Digit runs: their length and digits follow the digits' weight, and only meet other runs' there. */
const DIGIT_BASE = 0x4000;

interface Table {
  weights: Map<string, number>;
  /** Characters the collator reads as several: what it reads. */
  expansions: Map<string, string>;
  /** Characters the collator reads as digits (², ¾ as 3⁄4): read as those before digit runs are found. */
  digitForms: Map<string, string>;
  /** One character per weight, in order: where a character the table lacks is placed. */
  representatives: string[];
  digitWeight: number;
}

let table: Table | undefined;

const ASCII_LETTERS = [...'abcdefghijklmnopqrstuvwxyz'];

/** What the collator reads a character as when that is several letters (its compatibility decomposition, or two letters), else null. */
function expansionOf(ch: string): string | null {
  const decomposed = ch.normalize('NFKD');
  // A letter the collator reads as its first letter alone (Ŀ as L, ǣ as æ) is read as that letter.
  const first = [...decomposed][0]!;
  if (first !== ch && nameCollator.compare(ch, first) === 0) return expansionOf(first);
  // A compatibility form (ĳ as ij), not a letter with its accent written apart (й as и + ̆, which is й).
  const compatibility = decomposed !== ch.normalize('NFD');
  if (compatibility && [...decomposed].length > 1 && !/[0-9]/.test(decomposed) && nameCollator.compare(ch, decomposed) === 0) return decomposed;
  if (!/\p{L}/u.test(ch) || ch < '\u0080') return null;
  // Two letters: the first is the last letter sorting at or before it.
  const before = ASCII_LETTERS.filter((x) => nameCollator.compare(x, ch) <= 0).at(-1);
  if (before === undefined) return null;
  return ASCII_LETTERS.map((second) => before + second).find((pair) => nameCollator.compare(ch, pair) === 0) ?? null;
}

function makeTable(): Table {
  const singles: string[] = [];
  const expansions = new Map<string, string>();
  const digitForms = new Map<string, string>();
  for (let code = 0x20; code <= 0x52f; code++) {
    const ch = String.fromCharCode(code);
    if (/[0-9]/.test(ch) || nameCollator.compare(ch, '') === 0) continue;
    const decomposed = ch.normalize('NFKD');
    if (/[0-9]/.test(decomposed) && nameCollator.compare(ch, decomposed) === 0) {
      digitForms.set(ch, decomposed);
      continue;
    }
    const expansion = expansionOf(ch);
    if (expansion !== null) expansions.set(ch, expansion);
    else singles.push(ch);
  }
  // The digits take one place of their own among the characters: where '0' sorts.
  singles.push('0');
  singles.sort(nameCollator.compare);
  const weights = new Map<string, number>();
  const representatives: string[] = [];
  let digitWeight = 0;
  for (const ch of singles) {
    const last = representatives[representatives.length - 1];
    if (last === undefined || nameCollator.compare(last, ch) !== 0 || ch === '0' || last === '0') representatives.push(ch);
    const weight = WEIGHT_BASE + 2 * (representatives.length - 1);
    if (ch === '0') digitWeight = weight;
    else weights.set(ch, weight);
  }
  return { weights, expansions, digitForms, representatives, digitWeight };
}

/** The weights of a character outside the table: its equal's, or the place between the two it sorts between and its code point. */
function placeOutside(t: Table, ch: string): number[] {
  if (nameCollator.compare(ch, '') === 0) return [];
  let lo = 0;
  let hi = t.representatives.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const c = nameCollator.compare(t.representatives[mid]!, ch);
    if (c === 0) return [WEIGHT_BASE + 2 * mid];
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  const code = ch.codePointAt(0)!;
  return [WEIGHT_BASE + 2 * lo - 1, DIGIT_BASE + (code >> 10), DIGIT_BASE + (code & 0x3ff)];
}

/** The weights of one character (not a digit). */
function weightsOf(t: Table, ch: string): number[] {
  const weight = t.weights.get(ch);
  if (weight !== undefined) return [weight];
  const expansion = t.expansions.get(ch);
  if (expansion !== undefined) return [...expansion].flatMap((e) => weightsOf(t, e));
  return placeOutside(t, ch);
}

export function nameSortKey(name: string): string {
  const t = (table ??= makeTable());
  const out: number[] = [];
  // Composed first (NFC): a letter and its accent written apart are the letter the collator reads (И + ̆ is Й).
  const chars = [...name.normalize('NFC')].flatMap((ch) => [...(t.digitForms.get(ch) ?? ch)]);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch >= '0' && ch <= '9') {
      let run = '';
      while (i < chars.length && chars[i]! >= '0' && chars[i]! <= '9') run += chars[i++];
      i--;
      const digits = run.replace(/^0+(?=\d)/, '');
      out.push(t.digitWeight, DIGIT_BASE + digits.length, ...[...digits].map((d) => DIGIT_BASE + Number(d)));
    } else out.push(...weightsOf(t, ch));
  }
  return String.fromCharCode(...out);
}
