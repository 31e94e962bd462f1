// Excel reads a cell starting with = + - @ (or a tab or carriage return) as a formula, so a debtor
// named "=HYPERLINK(…)" in an export would run when opened. The export puts an apostrophe before such
// text (Excel then shows it as text); the import takes that apostrophe off again.
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text made safe to open in a spreadsheet. */
export function spreadsheetSafeText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The reverse on import: the apostrophe before a formula character goes. */
export function unescapeSpreadsheetText(text: string): string {
  return text.length > 1 && text[0] === "'" && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
