// Every message the file formats and the bank matching can produce exists in the catalogue, in Dutch
// and English: the keys are read from the source, so a new message without its text fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RETURN_REASON_CODES } from '../domain/sepa-return-reasons';
import { REQUIRED_FIELDS } from '../formats/open-items/fields';
import { catalogue } from '../i18n/catalogue';
import { LANGUAGES } from '../i18n/format';

const root = join(__dirname, '..');
const sources = [
  ...readdirSync(join(root, 'formats'), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => join(root, 'formats', f)),
  join(root, 'domain/bank-matching.ts'),
  join(root, 'domain/sepa-return-reasons.ts'),
];

describe('messages of the file formats', () => {
  it('every literal key used exists', () => {
    const keys = new Set<string>();
    for (const file of sources) for (const m of readFileSync(file, 'utf8').matchAll(/message\(\s*'([^']+)'/g)) keys.add(m[1]!);
    for (const m of sources.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/'((?:import|bank)\.[a-zA-Z.]+\.[a-zA-Z]+)'/g)])) keys.add(m[1]!);
    expect(keys.size).toBeGreaterThan(40);
    expect([...keys].filter((k) => !catalogue.has(k))).toEqual([]);
  });

  it('every key made from parts exists: missing columns and return reasons', () => {
    const made = [...REQUIRED_FIELDS.map((f) => `import.file.missingColumn.${f}`), ...RETURN_REASON_CODES.map((c) => `bank.returnReason.${c}`)];
    expect(made.filter((k) => !catalogue.has(k))).toEqual([]);
  });

  it('renders with its values in both languages', () => {
    for (const language of LANGUAGES) {
      expect(catalogue.format({ key: 'import.row.negativeOpen', params: { open: { cents: -500 }, original: { cents: 12345 } } }, language)).toMatch(language === 'nl' ? /-€ 5,00.*€ 123,45/ : /-€5\.00.*€123\.45/);
      expect(catalogue.format({ key: 'import.row.duplicateInvoice', params: { number: 'F-2', otherRow: 12345 } }, language)).toContain('12345');
      expect(catalogue.format({ key: 'bank.file.pendingSkipped', params: { count: 2 } }, language)).toMatch(/^2 /);
    }
  });
});
