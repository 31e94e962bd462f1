// Reading the object fast-xml-parser makes of an XML document by element paths ("RltdPties/Dbtr/Nm"),
// with text values as strings: no number guessing (amounts stay exact) and no crash on a missing part.

export type XmlNode = Record<string, unknown>;

function child(node: unknown, name: string): unknown {
  if (node === null || typeof node !== 'object') return undefined;
  const value = (node as XmlNode)[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The node at a path, the first where an element repeats. */
export function at(node: unknown, path: string): unknown {
  let current = node;
  for (const name of path.split('/')) {
    current = child(current, name);
    if (current === undefined) return undefined;
  }
  return current;
}

/** All nodes of the last element of a path (repeated or not). */
export function all(node: unknown, path: string): unknown[] {
  const names = path.split('/');
  const last = names.pop()!;
  const parent = names.length > 0 ? at(node, names.join('/')) : node;
  if (parent === null || typeof parent !== 'object') return [];
  const value = (parent as XmlNode)[last];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** The text at a path, trimmed; null when absent or empty. */
export function text(node: unknown, path: string): string | null {
  const value = at(node, path);
  const raw = value !== null && typeof value === 'object' ? (value as XmlNode)['#text'] : value;
  if (raw === undefined || raw === null) return null;
  const s = String(raw).trim();
  return s === '' ? null : s;
}

/** An attribute of the node at a path. */
export function attribute(node: unknown, path: string, name: string): string | null {
  const value = at(node, path);
  if (value === null || typeof value !== 'object') return null;
  const raw = (value as XmlNode)[`@${name}`];
  return raw === undefined ? null : String(raw).trim();
}
