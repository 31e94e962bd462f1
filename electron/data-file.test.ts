import path from 'node:path';
import { resolveDataFile } from './data-file';

describe('where the ledger lives', () => {
  it('defaults to the user data folder', () => {
    expect(resolveDataFile(['electron', '.'], {}, '/home/u/.config/Belwijzer')).toBe('/home/u/.config/Belwijzer/belwijzer.sqlite');
  });
  it('takes --db, --db= or BELWIJZER_DB, in that order', () => {
    expect(resolveDataFile(['x', '--db', 'a.sqlite'], { BELWIJZER_DB: 'b.sqlite' }, '/u')).toBe(path.resolve('a.sqlite'));
    expect(resolveDataFile(['x', '--db=c.sqlite'], {}, '/u')).toBe(path.resolve('c.sqlite'));
    expect(resolveDataFile(['x'], { BELWIJZER_DB: '/data/b.sqlite' }, '/u')).toBe('/data/b.sqlite');
  });
});
