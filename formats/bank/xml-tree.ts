// The tree camt053.ts reads (xml-path.ts: fast-xml-parser's `preserveOrder` shape, namespace prefixes
// removed, text trimmed), built from saxes' events. saxes is the strict XML 1.0 parser jsdom uses: it
// checks well-formedness on the way and is about six times faster than fast-xml-parser's validate and
// parse of a 10 000-entry statement, which were a third of its import. What the tree cannot hold as
// fast-xml-parser would — CDATA, a DOCTYPE, a processing instruction after the declaration, a character
// reference — and what saxes finds not well-formed give null: then fast-xml-parser validates and reads
// the file as before, so both give the same tree and a refusal names the line as before.
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { XmlContent, XmlElement } from './xml-path';

class NotPlain extends Error {}

/** A name without its namespace prefix, as fast-xml-parser's removeNSPrefix gives it. */
function localName(name: string): string {
  const colon = name.indexOf(':');
  if (colon < 0) return name;
  if (name.slice(0, colon) === 'xmlns' || name.indexOf(':', colon + 1) >= 0) throw new NotPlain();
  return name.slice(colon + 1);
}

/** A name as a key of the tree; one an object already has (`__proto__`) is left to fast-xml-parser. */
function keyOf(name: string, keys: Map<string, string>): string {
  let local = keys.get(name);
  if (local === undefined) {
    local = localName(name);
    if (local in Object.prototype) throw new NotPlain();
    // A statement has a few dozen names in 200 000 tags: each is checked once.
    keys.set(name, local);
  }
  return local;
}

function attributesOf(tag: SaxesTagPlain, keys: Map<string, string>): Record<string, string> | undefined {
  let attributes: Record<string, string> | undefined;
  for (const name in tag.attributes) {
    // Namespace declarations are no attributes of the tree (fast-xml-parser drops them with the prefixes).
    if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
    const key = `@${keyOf(name, keys)}`;
    attributes ??= {};
    if (Object.hasOwn(attributes, key)) throw new NotPlain();
    attributes[key] = tag.attributes[name]!.trim();
  }
  return attributes;
}

/** fast-xml-parser's preserveOrder tree of a plain, well-formed XML document; null otherwise. */
export function xmlTree(xml: string): XmlContent | null {
  // saxes decodes a character reference as it reads; fast-xml-parser may not, so such a file is its.
  if (xml.includes('&#')) return null;
  try {
    return build(xml);
  } catch {
    // NotPlain, or saxes' own error for what is not well-formed: fast-xml-parser says which line.
    return null;
  }
}

function build(xml: string): XmlContent {
  const keys = new Map<string, string>();
  const top: XmlElement[] = [];
  const open: XmlElement[][] = [];
  let content = top;
  // Text up to the next tag; a comment inside it is left out and the text goes on, as in fast-xml-parser.
  let text = '';
  const flushText = () => {
    const piece = text.trim();
    text = '';
    if (piece !== '') content.push({ '#text': piece });
  };
  const notPlain = () => {
    throw new NotPlain();
  };
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on('text', (value) => {
    if (open.length > 0) text += value;
  });
  parser.on('opentag', (tag) => {
    if (text !== '') flushText();
    const children: XmlElement[] = [];
    const element: XmlElement = { [keyOf(tag.name, keys)]: children };
    const attributes = attributesOf(tag, keys);
    if (attributes) element[':@'] = attributes;
    content.push(element);
    open.push(content);
    content = children;
  });
  parser.on('closetag', () => {
    if (text !== '') flushText();
    content = open.pop()!;
  });
  parser.on('cdata', notPlain);
  parser.on('doctype', notPlain);
  parser.on('processinginstruction', notPlain);
  parser.write(xml).close();
  return top;
}
