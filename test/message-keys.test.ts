// Every refusal and validation key the code names exists in the catalogue, in Dutch and English: a key
// typed wrong in a handler would otherwise reach the screen as the bare key.
import fs from 'node:fs';
import path from 'node:path';
import { catalogue } from '../i18n/catalogue';

const ROOT = path.resolve(__dirname, '..');
const FOLDERS = ['domain', 'db', 'handlers', 'ipc', 'electron', 'scripts', 'renderer', 'machines', 'formats'];

function sources(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const used = [
  ...new Set(
    FOLDERS.flatMap((folder) => sources(path.join(ROOT, folder))).flatMap((file) =>
      [...fs.readFileSync(file, 'utf8').matchAll(/['"]((?:errors|validation)\.[a-z0-9_]+(?:\.[a-z0-9_]+)*)['"]/g)].map((m) => m[1]!),
    ),
  ),
].sort();

describe('message keys named in the code', () => {
  it('finds the refusals and validation messages', () => {
    expect(used).toEqual(expect.arrayContaining(['errors.not_found', 'errors.task.already_done', 'validation.iban']));
  });

  it.each(used)('%s has a Dutch and an English text', (key) => {
    expect(catalogue.source(key, 'nl')).toBeTruthy();
    expect(catalogue.source(key, 'en')).toBeTruthy();
  });
});
