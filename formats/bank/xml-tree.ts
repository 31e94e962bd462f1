// A statement's XML as the tree camt053.ts reads (xml-path.ts: namespace prefixes removed, text trimmed),
// built from saxes' events. saxes is the strict XML 1.0 parser jsdom uses: it checks well-formedness on
// the way and is about six times faster than fast-xml-parser's validate and parse of a 10 000-entry
// statement, which were a third of its import. What the tree cannot hold as fast-xml-parser reads it —
// CDATA, a DOCTYPE, a processing instruction after the declaration, a character reference — and what
// saxes finds not well-formed give null: then fast-xml-parser validates and reads the file as before
// (treeOfPreservedOrder), so both give the same tree and a refusal names the line as before.
import { SaxesParser } from 'saxes';
import { xmlNode, type XmlNode } from './xml-path';

class NotPlain extends Error {}

/** A name without its namespace prefix, as fast-xml-parser's removeNSPrefix gives it. */
function localName(name: string): string {
  const colon = name.indexOf(':');
  if (colon < 0) return name;
  if (name.slice(0, colon) === 'xmlns' || name.indexOf(':', colon + 1) >= 0) throw new NotPlain();
  return name.slice(colon + 1);
}

/** Attributes by local name, values trimmed; namespace declarations are none (fast-xml-parser drops them). */
function attributesOf(attributes: Record<string, unknown>, localNames: (name: string) => string): Record<string, string> | null {
  let out: Record<string, string> | null = null;
  for (const name in attributes) {
    if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
    const local = localNames(name);
    out ??= Object.create(null) as Record<string, string>;
    if (Object.hasOwn(out, local)) throw new NotPlain();
    out[local] = String(attributes[name]).trim();
  }
  return out;
}

/** The tree of a plain, well-formed XML document; null otherwise (then it is fast-xml-parser's). */
export function xmlTree(xml: string): XmlNode | null {
  // saxes decodes a character reference as it reads; fast-xml-parser may not, so such a file is its.
  if (xml.includes('&#')) return null;
  try {
    return build(xml);
  } catch {
    // NotPlain, or saxes' own error for what is not well-formed: fast-xml-parser says which line.
    return null;
  }
}

function build(xml: string): XmlNode {
  // A statement has a few dozen names in 200 000 tags: each is taken apart once.
  const locals = new Map<string, string>();
  const localNames = (name: string) => {
    let local = locals.get(name);
    if (local === undefined) locals.set(name, (local = localName(name)));
    return local;
  };
  const document = xmlNode('', null);
  const open: XmlNode[] = [];
  let current = document;
  // Text up to the next tag; a comment inside it is left out and the text goes on, as in fast-xml-parser.
  let text = '';
  const flushText = () => {
    current.text += text.trim();
    text = '';
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
    const child = xmlNode(localNames(tag.name), attributesOf(tag.attributes, localNames));
    current.children.push(child);
    open.push(current);
    current = child;
  });
  parser.on('closetag', () => {
    if (text !== '') flushText();
    current = open.pop()!;
  });
  parser.on('cdata', notPlain);
  parser.on('doctype', notPlain);
  parser.on('processinginstruction', notPlain);
  parser.write(xml).close();
  return document;
}

type PreservedOrder = readonly Record<string, unknown>[];
/** camt053.ts's CAMT_XML_OPTIONS.attributeNamePrefix. */
const ATTRIBUTE_PREFIX = '@';

/** fast-xml-parser's `preserveOrder` tree (as camt053.ts has it read) as the same XmlNode tree. */
export function treeOfPreservedOrder(parsed: PreservedOrder): XmlNode {
  const document = xmlNode('', null);
  const fill = (node: XmlNode, content: PreservedOrder) => {
    for (const item of content) {
      for (const key of Object.keys(item)) {
        if (key === '#text') {
          if (node !== document) node.text += String(item[key]);
        } else if (key !== ':@' && !key.startsWith('?')) {
          const attributes = item[':@'] as Record<string, unknown> | undefined;
          const child = xmlNode(key, attributes ? attributesOf(attributes, (name) => name.slice(ATTRIBUTE_PREFIX.length)) : null);
          node.children.push(child);
          fill(child, item[key] as PreservedOrder);
        }
      }
    }
  };
  fill(document, parsed);
  return document;
}
