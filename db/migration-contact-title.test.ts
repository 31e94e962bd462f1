// The contact_title migration gives the contact a title of its own: the title written into the contact's name, or
// the salutation of a consumer, becomes contact_title; a salutation that only repeated it is dropped.
import path from 'node:path';
import { openDatabase } from './client';
import { migrationBefore, migrationsUpTo, tempDbFile } from './test-db';

describe('migration contact_title: the contact’s title', () => {
  const file = tempDbFile();
  const old = openDatabase(file, { migrationsFolder: migrationsUpTo(migrationBefore('_contact_title'), path.dirname(file)) });
  const debtor = (id: number, kind: string, contactName: string | null, salutation: string | null) =>
    old.sqlite.prepare('INSERT INTO debtors (id, number, name, kind, contact_name, salutation) VALUES (?, ?, ?, ?, ?, ?)').run(id, `D${id}`, `Debiteur ${id}`, kind, contactName, salutation);
  debtor(1, 'business', 'de heer H. Koster', null);
  debtor(2, 'business', 'mevrouw J. de Boer', 'Geachte mevrouw De Boer');
  debtor(3, 'business', 'Dhr. P. van Dam', null);
  debtor(4, 'business', 'Mevr.L. Jansen', null);
  debtor(5, 'business', 'mw. A. Bloem', 'Beste Anneke');
  debtor(6, 'business', 'Heerlen Administratie', null); // not a title, only a word that starts like one
  debtor(7, 'consumer', null, 'Geachte heer Visser');
  debtor(8, 'consumer', null, 'Geachte heer/mevrouw');
  debtor(9, 'business', null, null);
  old.close();

  const migrated = openDatabase(file);
  afterAll(() => migrated.close());
  const rows = () => migrated.sqlite.prepare('SELECT id, contact_name, contact_title, salutation FROM debtors ORDER BY id').all();

  it('moves the title out of the contact’s name, in any of the usual spellings, and keeps a name that only looks like one', () => {
    expect(rows().slice(0, 6)).toEqual([
      { id: 1, contact_name: 'H. Koster', contact_title: 'heer', salutation: null },
      { id: 2, contact_name: 'J. de Boer', contact_title: 'mevrouw', salutation: null },
      { id: 3, contact_name: 'P. van Dam', contact_title: 'heer', salutation: null },
      { id: 4, contact_name: 'L. Jansen', contact_title: 'mevrouw', salutation: null },
      { id: 5, contact_name: 'A. Bloem', contact_title: 'mevrouw', salutation: 'Beste Anneke' },
      { id: 6, contact_name: 'Heerlen Administratie', contact_title: null, salutation: null },
    ]);
  });

  it('takes a consumer’s title from the salutation and drops salutations that said nothing more', () => {
    expect(rows().slice(6)).toEqual([
      { id: 7, contact_name: null, contact_title: 'heer', salutation: null },
      { id: 8, contact_name: null, contact_title: null, salutation: null },
      { id: 9, contact_name: null, contact_title: null, salutation: null },
    ]);
  });
});
