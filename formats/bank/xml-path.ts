// Reading an XML tree by element paths ("RltdPties/Dbtr/Nm"), with text values as strings: no number
// guessing (amounts stay exact) and no crash on a missing part. Every element is one XmlNode of the same
// shape: the 200 000 elements of a 10 000-entry statement are made and looked up by name as one kind of
// object, where fast-xml-parser's tree (an object keyed by each element's name) made as many kinds as
// names and left every lookup guessing.

export interface XmlNode {
  /** The element's name without its namespace prefix; '' for the document itself. */
  readonly name: string;
  /** Its attributes by name without prefix, values trimmed; null when it has none. */
  readonly attributes: Readonly<Record<string, string>> | null;
  readonly children: XmlNode[];
  /** Its own text: each piece between its child elements trimmed, the pieces joined. */
  text: string;
}

export function xmlNode(name: string, attributes: Record<string, string> | null): XmlNode {
  return { name, attributes, children: [], text: '' };
}

const namesOf = new Map<string, readonly string[]>();
function names(path: string): readonly string[] {
  let found = namesOf.get(path);
  if (!found) namesOf.set(path, (found = path.split('/')));
  return found;
}

function firstChild(node: XmlNode, name: string): XmlNode | undefined {
  for (const child of node.children) if (child.name === name) return child;
  return undefined;
}

/** The element at a path, the first where an element repeats. */
export function at(node: XmlNode | undefined, path: string): XmlNode | undefined {
  let current = node;
  for (const name of names(path)) {
    if (current === undefined) return undefined;
    current = firstChild(current, name);
  }
  return current;
}

/** All elements of the last name of a path (repeated or not), in document order. */
export function all(node: XmlNode | undefined, path: string): XmlNode[] {
  const steps = names(path);
  const last = steps.at(-1)!;
  const parent = steps.length > 1 ? at(node, steps.slice(0, -1).join('/')) : node;
  if (parent === undefined) return [];
  return parent.children.filter((child) => child.name === last);
}

/** An element's own text, trimmed; '' when none. */
export function ownText(node: XmlNode | undefined): string {
  return node === undefined ? '' : node.text.trim();
}

/** The text at a path, trimmed; null when absent or empty. */
export function text(node: XmlNode | undefined, path: string): string | null {
  const value = ownText(at(node, path));
  return value === '' ? null : value;
}

/** An attribute of the element at a path. */
export function attribute(node: XmlNode | undefined, path: string, name: string): string | null {
  return at(node, path)?.attributes?.[name] ?? null;
}
