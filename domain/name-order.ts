// The order of names on the worklist: Dutch, case and accents ignored, numbers by value ("Bakker 2"
// before "Bakker 10"). `nameCollator` is that order in JavaScript; `nameSortKey` writes a name as a key
// whose plain code-point order (SQLite's BINARY, `<` on strings) is the same order, so a list stored in
// the ledger can be paged in SQL in exactly the order the collator gives. Names equal to the collator
// get equal keys (then the debtor's id decides, as in the worklist).
//
// How: the collator's own order of single characters (U+0020–U+052F: Latin, Greek, Cyrillic; worked out
// once, on first use) gives each a
// primary weight; characters the collator reads as two letters (ß = ss, æ = ae, ĳ = ij) are written
// as those; ignorable ones (a soft hyphen, combining accents) are dropped; a run of digits becomes one
// weight in the digits' place followed by its length and its digits without leading zeros. A character
// beyond the table (Chinese, Arabic, …) is placed between its neighbours in the table, and among others
// so placed by its code point, which is the collator's order for Chinese characters.
export const nameCollator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** Characters the collator reads as two: checked against it when the table is made. */
const EXPANSIONS: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ĳ: 'ij', Ĳ: 'ij', ǆ: 'dz', ǅ: 'dz', Ǆ: 'dz', ǉ: 'lj', ǈ: 'lj', Ǉ: 'lj', ǌ: 'nj', ǋ: 'nj', Ǌ: 'nj', ǳ: 'dz', ǲ: 'dz', Ǳ: 'dz' };

/** Weights are written from here on, two apart: a character the table lacks goes between its neighbours. */
const WEIGHT_BASE = 0x100;
/** Digit runs: their length and digits follow the digits' weight, and only meet other runs' there. */
const DIGIT_BASE = 0x4000;

interface Table {
  weights: Map<string, number>;
  /** One character per weight, in order: where a character the table lacks is placed. */
  representatives: string[];
  digitWeight: number;
}

let table: Table | undefined;

function makeTable(): Table {
  const singles: string[] = [];
  for (let code = 0x20; code <= 0x52f; code++) {
    const ch = String.fromCharCode(code);
    if (/[0-9]/.test(ch) || nameCollator.compare(ch, '') === 0) continue;
    const expansion = EXPANSIONS[ch];
    if (expansion !== undefined && nameCollator.compare(ch, expansion) === 0) continue;
    singles.push(ch);
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
  return { weights, representatives, digitWeight };
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

export function nameSortKey(name: string): string {
  const t = (table ??= makeTable());
  const out: number[] = [];
  const chars = [...name];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch >= '0' && ch <= '9') {
      let run = '';
      while (i < chars.length && chars[i]! >= '0' && chars[i]! <= '9') run += chars[i++];
      i--;
      const digits = run.replace(/^0+(?=\d)/, '');
      out.push(t.digitWeight, DIGIT_BASE + digits.length, ...[...digits].map((d) => DIGIT_BASE + Number(d)));
      continue;
    }
    const expansion = EXPANSIONS[ch];
    if (expansion !== undefined && !t.weights.has(ch)) {
      for (const e of expansion) out.push(t.weights.get(e)!);
      continue;
    }
    const weight = t.weights.get(ch);
    if (weight !== undefined) out.push(weight);
    else out.push(...placeOutside(t, ch));
  }
  return String.fromCharCode(...out);
}
