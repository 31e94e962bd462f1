// One entry for a bank statement file: CAMT.053 (XML) or MT940, told apart by content. A PDF, an
// Excel workbook or a CSV download of the transactions is refused with what to download instead.
import { message } from '../../domain/message';
import { decodeText } from '../file/decode-text';
import { sniffFile } from '../file/sniff';
import { parseCamt053 } from './camt053';
import { parseMt940 } from './mt940';
import { refused, type StatementParse } from './statement';

export function parseBankStatementFile(bytes: Uint8Array, fileName: string): StatementParse {
  const sniffed = sniffFile(bytes, fileName, 'text');
  if (!sniffed.ok) return refused([sniffed.error]);
  const text = decodeText(bytes).text;
  const start = text.trimStart();
  if (start === '') return refused([message('import.file.empty', { name: fileName })]);
  if (start.startsWith('<')) return parseCamt053(start);
  if (/^:20:/m.test(text)) return parseMt940(text);
  return refused([message('bank.file.unknownFormat')]);
}
