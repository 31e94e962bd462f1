// How letters and the call address a person: the title on the contact (heer, mevrouw, or not known) and
// the name as recorded ("H. Koster", "J. de Boer"). For a business that person is the contact at the
// crediteurenafdeling; a consumer is the debtor, greeted by name.
// Dutch conventions (Taalunie, taaladvies.net "Geachte heer/mevrouw" and "Aanhef in brieven"): the
// salutation names the surname without initials, a leading tussenvoegsel capitalised ("Geachte mevrouw
// De Boer"); the address names title and initials ("t.a.v. de heer H. Koster", "De heer P. Visser").
// Without a title we do not guess a gender: "Geachte H. Koster"; with nobody known, "Geachte heer/mevrouw".
import type { ContactTitle, DebtorKind } from './primitives';

export interface Addressee {
  kind: DebtorKind;
  /** The debtor's name (for a consumer: the person). */
  name: string;
  contactName: string | null;
  contactTitle: ContactTitle | null;
}

const PARTICLES = new Set(['van', 'de', 'der', 'den', 'het', "'t", 'ter', 'ten', 'te', 'in', "'s", 'op', 'uit', 'von', 'zu', 'du', 'le', 'la', 'di', 'da', 'del', 'dos', 'al', 'el', 'vd']);

/** "H. Koster" → "Koster", "J. de Boer" → "de Boer", "Jan van Dam" → "van Dam", "Anna Koster" → "Koster". */
export function surnameOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  let first = 0;
  while (first < words.length - 1 && words[first]!.endsWith('.')) first++; // initials: "H.", "J.P.", "Th."
  const rest = words.slice(first);
  const particle = rest.findIndex((w) => PARTICLES.has(w.toLowerCase()));
  if (particle >= 0 && particle < rest.length - 1) return rest.slice(particle).join(' ');
  // No initials: the words before the surname are first names.
  return first === 0 ? rest.at(-1) ?? '' : rest.join(' ');
}

/** A name that opens a sentence part starts with a capital: "De Boer" (but "'t Hart" stays). */
const capitalised = (surname: string) => (surname.startsWith("'") ? surname : surname.charAt(0).toUpperCase() + surname.slice(1));

/** The person a letter or call speaks to: the contact (business) or the consumer; null when nobody is known. */
export function personOf(a: Addressee): string | null {
  const contact = a.contactName?.trim() || null;
  return a.kind === 'consumer' ? contact ?? a.name.trim() : contact;
}

/** "Geachte heer Koster", "Geachte mevrouw De Boer", "Geachte H. Koster", "Geachte heer/mevrouw" — without the comma. */
export function salutationOf(a: Addressee): string {
  const person = personOf(a);
  if (!person) return 'Geachte heer/mevrouw';
  return a.contactTitle ? `Geachte ${a.contactTitle} ${capitalised(surnameOf(person))}` : `Geachte ${person}`;
}

/** The person with title as an address names them: "de heer H. Koster", "mevrouw J. de Boer", "H. Koster". */
export function titledName(title: ContactTitle | null, name: string): string {
  return title === 'heer' ? `de heer ${name}` : title === 'mevrouw' ? `mevrouw ${name}` : name;
}

/** The window address: whom it is addressed to and the "t.a.v." line (a business with a known contact). */
export function addressLines(a: Addressee): { name: string; attention: string | null } {
  if (a.kind === 'consumer') {
    const titled = titledName(a.contactTitle, a.name.trim());
    return { name: titled.charAt(0).toUpperCase() + titled.slice(1), attention: null };
  }
  const contact = a.contactName?.trim();
  return { name: a.name, attention: contact ? `t.a.v. ${titledName(a.contactTitle, contact)}` : null };
}

/** What the call script says to name the person: title as a select case, the surname and the full name. */
export function spokenAddressee(a: Addressee): { title: ContactTitle | 'none'; surname: string; name: string } | null {
  const person = personOf(a);
  if (!person) return null;
  return { title: a.contactTitle ?? 'none', surname: capitalised(surnameOf(person)), name: person };
}

const TITLE_PREFIXES: readonly [RegExp, ContactTitle][] = [
  [/^(de\s+heer|heer|dhr\.?)\s*/i, 'heer'],
  [/^(mevrouw|mevr\.?|mw\.?)\s*/i, 'mevrouw'],
];

/** A title typed into a name ("mevr. De Vries", "de heer H. Koster") taken out of it; the same spellings as the contact_title migration. */
export function splitTitle(typed: string): { title: ContactTitle | null; name: string } {
  const name = typed.trim();
  for (const [prefix, title] of TITLE_PREFIXES) {
    const match = prefix.exec(name);
    // "Heerlen" or "Mwanza" are names, not titles: a title is followed by a space or ends in a dot.
    if (match && match[0].length < name.length && (/\s$/.test(match[0]) || match[1]!.endsWith('.'))) return { title, name: name.slice(match[0].length).trim() };
  }
  return { title: null, name };
}
