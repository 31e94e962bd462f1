// One entry for a table file: what it is decides how it is read (not its name), then CSV text is
// decoded and parsed, or the XLSX workbook opened. Anything else is refused with a message.
import { message, type Message } from '../../domain/message';
import { decodeText } from '../file/decode-text';
import { sniffFile } from '../file/sniff';
import { readCsvTable } from './read-csv';
import { readXlsxTable } from './read-xlsx';
import type { Table } from './table';

export type TableRead = { ok: true; table: Table; warnings: Message[] } | { ok: false; error: Message };

export async function readTableFile(bytes: Uint8Array, fileName: string, sheetName?: string): Promise<TableRead> {
  const sniffed = sniffFile(bytes, fileName, 'table');
  if (!sniffed.ok) return sniffed;
  if (sniffed.kind === 'xlsx') {
    const read = await readXlsxTable(bytes, sheetName);
    return read.ok ? { ...read, warnings: sniffed.warnings } : read;
  }
  const decoded = decodeText(bytes);
  if (decoded.text.trim() === '') return { ok: false, error: message('import.file.empty', { name: fileName }) };
  if (decoded.text.includes('\u0000')) return { ok: false, error: message('import.file.isBinary', { name: fileName }) };
  const read = readCsvTable(decoded);
  return read.ok ? { ...read, warnings: sniffed.warnings } : read;
}
