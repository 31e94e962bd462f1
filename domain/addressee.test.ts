import { addressLines, salutationOf, splitTitle, spokenAddressee, surnameOf } from './addressee';

const business = (contactName: string | null, contactTitle: 'heer' | 'mevrouw' | null) => ({ kind: 'business' as const, name: 'Koster Schoenen BV', contactName, contactTitle });

describe('how a letter and a call address the person', () => {
  it('greets the contact by title and surname, after "t.a.v." with title and initials (issue 10, item 9)', () => {
    const koster = business('H. Koster', 'heer');
    expect(addressLines(koster)).toEqual({ name: 'Koster Schoenen BV', attention: 't.a.v. de heer H. Koster' });
    expect(salutationOf(koster)).toBe('Geachte heer Koster');
    expect(salutationOf(business('J. de Boer', 'mevrouw'))).toBe('Geachte mevrouw De Boer');
    expect(addressLines(business('J. de Boer', 'mevrouw')).attention).toBe('t.a.v. mevrouw J. de Boer');
  });

  it('does not guess a gender: a named contact without title is greeted by name; nobody known is "heer/mevrouw"', () => {
    expect(salutationOf(business('H. Koster', null))).toBe('Geachte H. Koster');
    expect(addressLines(business('H. Koster', null)).attention).toBe('t.a.v. H. Koster');
    expect(salutationOf(business(null, null))).toBe('Geachte heer/mevrouw');
    expect(addressLines(business(null, null)).attention).toBeNull();
  });

  it('greets a consumer by name, addressed without a "t.a.v." line', () => {
    const visser = { kind: 'consumer' as const, name: 'P. Visser', contactName: null, contactTitle: 'heer' as const };
    expect(salutationOf(visser)).toBe('Geachte heer Visser');
    expect(addressLines(visser)).toEqual({ name: 'De heer P. Visser', attention: null });
    expect(salutationOf({ ...visser, contactTitle: null })).toBe('Geachte P. Visser');
    expect(spokenAddressee(visser)).toEqual({ title: 'heer', surname: 'Visser', name: 'P. Visser' });
  });

  it('finds the surname after initials or first names, tussenvoegsels included', () => {
    expect(surnameOf('H. Koster')).toBe('Koster');
    expect(surnameOf('J.P. van den Berg')).toBe('van den Berg');
    expect(surnameOf('Jan van Dam')).toBe('van Dam');
    expect(surnameOf('Anna Koster-Smit')).toBe('Koster-Smit');
    expect(surnameOf('De Vries')).toBe('De Vries');
    expect(surnameOf('Koster')).toBe('Koster');
  });

  it('takes a title typed into a name out of it, and leaves names that only start like one', () => {
    expect(splitTitle('mevr. De Vries')).toEqual({ title: 'mevrouw', name: 'De Vries' });
    expect(splitTitle('de heer H. Koster')).toEqual({ title: 'heer', name: 'H. Koster' });
    expect(splitTitle('Dhr.P. van Dam')).toEqual({ title: 'heer', name: 'P. van Dam' });
    expect(splitTitle('Mw. A. Bloem')).toEqual({ title: 'mevrouw', name: 'A. Bloem' });
    expect(splitTitle('Heerlen Administratie')).toEqual({ title: null, name: 'Heerlen Administratie' });
    expect(splitTitle('Mwanza Okafor')).toEqual({ title: null, name: 'Mwanza Okafor' });
  });
});
