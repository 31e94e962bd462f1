// What a file really is, read from its first bytes and not from its name: a PDF or a ZIP renamed .csv
// is refused with a message naming what it is, an Excel workbook saved under .csv is read as the
// workbook (with a warning), and nothing over the size limit is read at all.
import { message, type Message } from '../../domain/message';

/** Files above this are refused before anything is read or parsed. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export type ContentKind = 'text' | 'xlsx';

export type Sniffed = { ok: true; kind: ContentKind; warnings: Message[] } | { ok: false; error: Message };

const MB = 1024 * 1024;

/** Call with the size from the file system before reading the file: null when it may be read. */
export function checkImportSize(byteLength: number): Message | null {
  if (byteLength > MAX_IMPORT_BYTES)
    return message('import.file.tooLarge', { sizeMb: Math.ceil((byteLength / MB) * 10) / 10, maxMb: MAX_IMPORT_BYTES / MB });
  return null;
}

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  for (let i = 0; i < signature.length; i++) if (bytes[offset + i] !== signature[i]) return false;
  return true;
}

/** Whether the ASCII text occurs in the bytes (ZIP entry names are stored as plain bytes). */
function containsAscii(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  const n = text.length;
  outer: for (let i = bytes.indexOf(first); i !== -1 && i <= bytes.length - n; i = bytes.indexOf(first, i + 1)) {
    for (let j = 1; j < n; j++) if (bytes[i + j] !== text.charCodeAt(j)) continue outer;
    return true;
  }
  return false;
}

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const PDF = ascii('%PDF-');
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const GZIP = [0x1f, 0x8b];
const PNG = [0x89, 0x50, 0x4e, 0x47];
const JPEG = [0xff, 0xd8, 0xff];
const GIF = ascii('GIF8');
const RAR = ascii('Rar!');
const SEVEN_Z = [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c];

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot === -1 ? '' : fileName.slice(dot + 1).toLowerCase();
}

function zipKind(bytes: Uint8Array, name: string): 'xlsx' | Message {
  if (containsAscii(bytes, 'xl/workbook.xml')) return 'xlsx';
  if (containsAscii(bytes, 'application/vnd.oasis.opendocument.spreadsheet')) return message('import.file.isOds', { name });
  if (containsAscii(bytes, 'word/document.xml')) return message('import.file.isWordDocument', { name });
  return message('import.file.isZip', { name });
}

/** True when the bytes look like a binary file rather than text (checked on the first 64 KB). */
export function looksBinary(bytes: Uint8Array): boolean {
  // UTF-16 text has NUL bytes by nature; it is recognised by its byte order mark.
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return false;
  const end = Math.min(bytes.length, 64 * 1024);
  let control = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return end > 0 && control / end > 0.01;
}

/**
 * Decides what the file is. `expected` is what the caller reads: tables (CSV/XLSX) or XML/text
 * bank statements. A refused file gets one message naming what it really is.
 */
export function sniffFile(bytes: Uint8Array, fileName: string, expected: 'table' | 'text' = 'table'): Sniffed {
  const sizeError = checkImportSize(bytes.length);
  if (sizeError) return { ok: false, error: sizeError };
  if (bytes.length === 0) return { ok: false, error: message('import.file.empty', { name: fileName }) };
  if (startsWith(bytes, PDF)) return { ok: false, error: message('import.file.isPdf', { name: fileName }) };
  if (startsWith(bytes, OLE2)) return { ok: false, error: message('import.file.isOldExcel', { name: fileName }) };
  if (startsWith(bytes, GZIP) || startsWith(bytes, RAR) || startsWith(bytes, SEVEN_Z))
    return { ok: false, error: message('import.file.isCompressed', { name: fileName }) };
  if (startsWith(bytes, PNG) || startsWith(bytes, JPEG) || startsWith(bytes, GIF))
    return { ok: false, error: message('import.file.isImage', { name: fileName }) };
  const extension = extensionOf(fileName);
  if (startsWith(bytes, ZIP) || startsWith(bytes, ZIP_EMPTY)) {
    const kind = zipKind(bytes, fileName);
    if (kind !== 'xlsx') return { ok: false, error: kind };
    if (expected === 'text') return { ok: false, error: message('import.file.isXlsxNotStatement', { name: fileName }) };
    const warnings = extension === 'xlsx' || extension === 'xlsm' ? [] : [message('import.file.extensionMismatch.xlsx', { name: fileName })];
    return { ok: true, kind: 'xlsx', warnings };
  }
  if (looksBinary(bytes)) return { ok: false, error: message('import.file.isBinary', { name: fileName }) };
  const warnings = extension === 'xlsx' ? [message('import.file.extensionMismatch.text', { name: fileName })] : [];
  return { ok: true, kind: 'text', warnings };
}
