import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { CAMT_XML_OPTIONS } from './camt053';
import { parseBankStatementFile } from './parse-statement';
import { treeOfPreservedOrder, xmlTree } from './xml-tree';

const sample = (name: string) => readFileSync(join(__dirname, 'samples', name), 'utf8');
/** What fast-xml-parser gives. */
const general = (xml: string) => treeOfPreservedOrder(new XMLParser(CAMT_XML_OPTIONS).parse(xml) as Parameters<typeof treeOfPreservedOrder>[0]);
const ing = sample('ing-camt053-001-02.xml');

describe('the XML of a bank statement read by saxes', () => {
  it.each(['ing-camt053-001-02.xml', 'abnamro-camt053-001-08.xml', 'rabobank-camt053-001-04.xml'])('%s: the same tree as fast-xml-parser', (name) => {
    const xml = sample(name);
    expect(xmlTree(xml)).not.toBeNull();
    expect(xmlTree(xml)).toEqual(general(xml));
  });

  it.each([
    [
      'namespace prefixes on elements and attributes',
      ing
        .replace(/<(\/?)([A-Za-z])/g, '<$1c:$2')
        .replace('xmlns=', 'xmlns:c=')
        .replace('Ccy="EUR"', 'c:Ccy=" EUR "'),
    ],
    ['entities in text and attributes, single quotes', "<Document a='x &amp; &quot;y&quot;'><Nm> Leeflang &amp; Zn &lt;BV&gt; &apos;t </Nm></Document>"],
    ['empty and self-closing elements, white space in tags', '<Document ><A/><B></B><C>  </C><D \n/><E>x</E ></Document>'],
    ['text around child elements and comments inside text', '<D><E>x</E> t <!-- a <b> --> u <F/>v<!---->w</D>'],
    ['a name outside ASCII', '<D><Naam\u00e9>x</Naam\u00e9></D>'],
    ['a line break in a remittance line', '<D><Ustrd>Factuur 2026-0042\n en 2026-0043</Ustrd></D>'],
    ['comments before and after the root', '<?xml version="1.0" encoding=\'UTF-8\'?>\n<!-- x --><D>1</D>\n<!-- y -->\n'],
  ])('%s: the same tree as fast-xml-parser', (_, xml) => {
    expect(xmlTree(xml)).not.toBeNull();
    expect(xmlTree(xml)).toEqual(general(xml));
  });

  it.each([
    ['CDATA', '<D><![CDATA[<&>]]></D>'],
    ['a character reference', '<D>caf&#233;</D>'],
    ['an entity of a DOCTYPE', '<!DOCTYPE D [<!ENTITY x "y">]><D>&x;</D>'],
    ['a processing instruction inside', '<D><?pi x?></D>'],
    ['an attribute given twice', '<D a="1" a="2"/>'],
    ['a name with two prefixes', '<a:b:D/>'],
    // Not well-formed, but XMLValidator lets them through and fast-xml-parser reads them as before.
    ['two roots', '<D/><E/>'],
    ['text after the root', '<D/>x'],
    ['a declaration without values', '<?xml version?><D/>'],
  ])('%s: left to fast-xml-parser', (_, xml) => {
    expect(xmlTree(xml)).toBeNull();
  });

  it.each([
    ['a tag closed out of order', '<D><A></D></A>'],
    ['a file cut off', ing.slice(0, ing.length / 2)],
    ['an unquoted attribute', '<D a=1/>'],
    ['attributes not apart', '<D a="1"b="2"/>'],
    ['a bare ampersand', '<D>a & b</D>'],
  ])('not well-formed, %s: null, so XMLValidator says why', (_, xml) => {
    expect(xmlTree(xml)).toBeNull();
    expect(XMLValidator.validate(xml)).not.toBe(true);
  });

  it('a statement fast-xml-parser reads (CDATA in a remittance line) gives the entries the plain one does, but that line', () => {
    const withCdata = ing.replace('<Ustrd>Factuur 2026-0042 en 2026-0043</Ustrd>', '<Ustrd><![CDATA[Factuur 2026-0042 en 2026-0043]]></Ustrd>');
    expect(xmlTree(withCdata)).toBeNull();
    const plain = parseBankStatementFile(new TextEncoder().encode(ing), 'a.xml');
    expect(parseBankStatementFile(new TextEncoder().encode(withCdata), 'a.xml')).toEqual(plain);
  });
});
