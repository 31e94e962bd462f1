// The tree camt053.ts reads (xml-path.ts: fast-xml-parser's `preserveOrder` shape, namespace prefixes
// removed, text trimmed), built in one pass of indexOf for the plain XML banks write: elements,
// attributes, text, comments and the five entities of XML. A third of the CPU of a 10 000-entry
// statement's import was the general parser. Anything beyond that plain subset — CDATA, a DOCTYPE, a processing
// instruction after the declaration, another entity or character reference — gives null, and the file
// is read by fast-xml-parser as before, so both give the same tree. What is not well-formed gives null
// too, and is refused as before with XMLValidator's line: this reader checks the tags close in order,
// one root, names and attributes (ASCII names, quoted values, none twice) and entities.
import type { XmlContent, XmlElement } from './xml-path';

const ENTITY = /&(?:(amp)|(lt)|(gt)|(quot)|(apos));|&/g;
const ENTITY_TEXT: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const NAME = /[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?/y;
const ATTRIBUTE = /\s+([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;
const TAG_END = /\s*(\/?)>/y;
const DECLARATION = /<\?xml(?:\s+[A-Za-z]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*\s*\?>/y;

class NotPlain extends Error {}

/** The five entities of XML decoded; any other `&` (a character reference, an entity of a DOCTYPE) is not plain. */
function decoded(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(ENTITY, (whole, ...named: (string | undefined)[]) => {
    const name = named.slice(0, 5).find((n) => n !== undefined);
    if (name === undefined) throw new NotPlain();
    return ENTITY_TEXT[name]!;
  });
}

/** A name without its namespace prefix, as fast-xml-parser's removeNSPrefix gives it. */
function localName(name: string): string {
  const colon = name.indexOf(':');
  if (colon < 0) return name;
  if (name.slice(0, colon) === 'xmlns') throw new NotPlain();
  return name.slice(colon + 1);
}

/** A name as a key of the tree; one an object already has (`__proto__`) is left to fast-xml-parser. */
function keyOf(name: string): string {
  const local = localName(name);
  if (local in Object.prototype) throw new NotPlain();
  return local;
}

function readAttributes(xml: string, from: number, element: XmlElement): number {
  let attributes: Record<string, string> | undefined;
  const names = new Set<string>();
  let at = from;
  for (;;) {
    ATTRIBUTE.lastIndex = at;
    const found = ATTRIBUTE.exec(xml);
    if (!found) return at;
    at = ATTRIBUTE.lastIndex;
    const name = found[1]!;
    if (names.has(name)) throw new NotPlain();
    names.add(name);
    // Namespace declarations are no attributes of the tree (fast-xml-parser drops them with the prefixes).
    if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
    const key = `@${keyOf(name)}`;
    attributes ??= {};
    if (Object.hasOwn(attributes, key)) throw new NotPlain();
    attributes[key] = decoded((found[2] ?? found[3]!).trim());
    element[':@'] = attributes;
  }
}

/** fast-xml-parser's preserveOrder tree of a plain XML document; null when it holds more than plain XML. */
export function plainXmlTree(xml: string): XmlContent | null {
  try {
    return build(xml);
  } catch (error) {
    if (error instanceof NotPlain) return null;
    throw error;
  }
}

const isNameChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c === 46 || c === 58;

function build(xml: string): XmlContent {
  const top: XmlElement[] = [];
  const open: { name: string; content: XmlElement[] }[] = [];
  let content = top;
  let at = 0;
  if (xml.startsWith('<?xml')) {
    DECLARATION.lastIndex = 0;
    if (!DECLARATION.test(xml)) throw new NotPlain();
    at = DECLARATION.lastIndex;
  }
  // Text up to the next tag; a comment inside it is left out and the text goes on, as in fast-xml-parser.
  let text = '';
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    if (lt < 0 ? at < xml.length : lt > at) text += xml.slice(at, lt < 0 ? xml.length : lt);
    if (lt < 0) break;
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      if (end < 0) throw new NotPlain();
      at = end + 3;
      continue;
    }
    if (text !== '') {
      const piece = text.trim();
      text = '';
      if (piece !== '') {
        if (open.length === 0) throw new NotPlain();
        content.push({ '#text': decoded(piece) });
      }
    }
    const next = xml.charCodeAt(lt + 1);
    if (next === 47 /* / */) {
      const closed = open.pop();
      if (!closed) throw new NotPlain();
      let end = lt + 2 + closed.name.length;
      if (!xml.startsWith(closed.name, lt + 2)) throw new NotPlain();
      while (xml.charCodeAt(end) !== 62 /* > */) {
        if (xml.charCodeAt(end) > 32 || end >= xml.length) throw new NotPlain();
        end++;
      }
      content = open.length === 0 ? top : open[open.length - 1]!.content;
      at = end + 1;
      continue;
    }
    // CDATA, a DOCTYPE or a processing instruction: for fast-xml-parser.
    if (next === 33 /* ! */ || next === 63 /* ? */) throw new NotPlain();
    let nameEnd = lt + 1;
    while (isNameChar(xml.charCodeAt(nameEnd))) nameEnd++;
    const name = xml.slice(lt + 1, nameEnd);
    NAME.lastIndex = 0;
    if (!NAME.test(name) || NAME.lastIndex !== name.length) throw new NotPlain();
    const children: XmlElement[] = [];
    const element: XmlElement = { [keyOf(name)]: children };
    let selfClosing: boolean;
    const c = xml.charCodeAt(nameEnd);
    if (c === 62 /* > */) {
      selfClosing = false;
      at = nameEnd + 1;
    } else if (c === 47 /* / */ && xml.charCodeAt(nameEnd + 1) === 62) {
      selfClosing = true;
      at = nameEnd + 2;
    } else {
      TAG_END.lastIndex = readAttributes(xml, nameEnd, element);
      const end = TAG_END.exec(xml);
      if (!end) throw new NotPlain();
      selfClosing = end[1] === '/';
      at = TAG_END.lastIndex;
    }
    if (open.length === 0 && top.length > 0) throw new NotPlain(); // a second root
    content.push(element);
    if (!selfClosing) {
      open.push({ name, content: children });
      content = children;
    }
  }
  if (open.length > 0 || top.length === 0 || text.trim() !== '') throw new NotPlain();
  return top;
}
