// Reading the tree fast-xml-parser makes with `preserveOrder` by element paths ("RltdPties/Dbtr/Nm"),
// with text values as strings: no number guessing (amounts stay exact) and no crash on a missing part.
// In that tree an element is `{ Name: [its content], ':@': { '@attr': value } }` and a piece of text is
// `{ '#text': value }`; a place in the tree is handled here as the content of an element (`XmlContent`).
// It is read as it comes from the parser: building the name-keyed object on top of it was a third of
// the parse time of a 10 000-entry statement.

export type XmlElement = Record<string, unknown>;
export type XmlContent = readonly XmlElement[];

const ATTRIBUTES = ':@';
const TEXT = '#text';

const namesOf = new Map<string, readonly string[]>();
function names(path: string): readonly string[] {
  let found = namesOf.get(path);
  if (!found) namesOf.set(path, (found = path.split('/')));
  return found;
}

function firstElement(content: XmlContent | undefined, name: string): XmlElement | undefined {
  if (content === undefined) return undefined;
  for (const element of content) if (Object.hasOwn(element, name)) return element;
  return undefined;
}

/** The element at a path, the first where an element repeats. */
function elementAt(content: XmlContent | undefined, path: string): XmlElement | undefined {
  const steps = names(path);
  let element: XmlElement | undefined;
  let current = content;
  for (const name of steps) {
    element = firstElement(current, name);
    if (element === undefined) return undefined;
    current = element[name] as XmlContent;
  }
  return element;
}

/** The content of the element at a path, the first where an element repeats. */
export function at(content: XmlContent | undefined, path: string): XmlContent | undefined {
  let current = content;
  for (const name of names(path)) {
    const element = firstElement(current, name);
    if (element === undefined) return undefined;
    current = element[name] as XmlContent;
  }
  return current;
}

/** The contents of all elements of the last name of a path (repeated or not), in document order. */
export function all(content: XmlContent | undefined, path: string): XmlContent[] {
  const steps = names(path);
  const last = steps.at(-1)!;
  const parent = steps.length > 1 ? at(content, steps.slice(0, -1).join('/')) : content;
  if (parent === undefined) return [];
  const out: XmlContent[] = [];
  for (const element of parent) if (Object.hasOwn(element, last)) out.push(element[last] as XmlContent);
  return out;
}

/** An element's own text (its pieces of text together, as the parser would join them), trimmed; '' when none. */
export function ownText(content: XmlContent | undefined): string {
  if (content === undefined) return '';
  let text = '';
  for (const piece of content) if (Object.hasOwn(piece, TEXT)) text += String(piece[TEXT]);
  return text.trim();
}

/** The text at a path, trimmed; null when absent or empty. */
export function text(content: XmlContent | undefined, path: string): string | null {
  const value = ownText(at(content, path));
  return value === '' ? null : value;
}

/** An attribute of the element at a path. */
export function attribute(content: XmlContent | undefined, path: string, name: string): string | null {
  const attributes = elementAt(content, path)?.[ATTRIBUTES] as Record<string, unknown> | undefined;
  const raw = attributes?.[`@${name}`];
  return raw === undefined ? null : String(raw).trim();
}
