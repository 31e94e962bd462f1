import iconv from 'iconv-lite';
import { decodeText } from './decode-text';

describe('decoding text exports', () => {
  const text = 'Café ’t Hoekje;€ 1.250,00;Zoë;Hélène';

  it('reads Windows-1252 with the real code page: ’ € é ë, not control characters', () => {
    const bytes = new Uint8Array(iconv.encode(text, 'windows-1252'));
    expect([...bytes]).toContain(0x92); // ’
    expect([...bytes]).toContain(0x80); // €
    expect(decodeText(bytes)).toEqual({ text, encoding: 'windows-1252' });
    // Control characters are what a Latin-1 reading (Node 20's TextDecoder) would have produced.
    expect(decodeText(bytes).text).not.toMatch(/[\u0080-\u009f]/);
  });

  it('reads UTF-8 with and without byte order mark', () => {
    const utf8 = new TextEncoder().encode(text);
    expect(decodeText(utf8)).toEqual({ text, encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text, encoding: 'utf-8-bom' });
  });

  it('reads Excel’s "Unicode text" (UTF-16 little endian with BOM)', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...iconv.encode(text, 'utf-16le')]);
    expect(decodeText(bytes)).toEqual({ text, encoding: 'utf-16le' });
  });
});
