// Text files from Dutch accounting packages come as UTF-8 (with or without byte order mark), as
// Windows-1252 (older Windows exports), or as UTF-16 (Excel's "Unicode-tekst"). Windows-1252 is
// decoded with iconv-lite, the same in every runtime: Node 20's TextDecoder('windows-1252') mapped
// 0x80–0x9F to control characters (0x92 became U+0092 instead of ’) — see TOOLCHAIN.md.
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');

/** Decodes with the encoding the bytes themselves show: BOM first, then valid UTF-8, else Windows-1252. */
export function decodeText(bytes: Uint8Array): DecodedText {
  // A file that announces UTF-8 is read as UTF-8; a stray bad byte becomes U+FFFD rather than the whole
  // file being reinterpreted.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: lenientUtf8.decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: every byte sequence is valid Windows-1252 (the Dutch Windows code page).
    return { text: iconv.decode(bytes, 'windows-1252'), encoding: 'windows-1252' };
  }
}

