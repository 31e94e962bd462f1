import { detectDelimiter, readCsvTable } from './read-csv';

describe('CSV delimiter', () => {
  it('finds ; in a Dutch export with decimal commas in it', () => {
    expect(detectDelimiter('Factuur;Bedrag;Open\nF1;1.234,56;234,56\nF2;12,50;12,50\n')).toBe(';');
  });
  it('finds , with quoted decimal commas, and tab', () => {
    expect(detectDelimiter('Factuur,Bedrag\nF1,"1.234,56"\nF2,"12,50"\n')).toBe(',');
    expect(detectDelimiter('Factuur\tBedrag\tOpen\nF1\t1,5\t1,5\n')).toBe('\t');
  });
  it('is not misled by report title lines above the table', () => {
    expect(detectDelimiter('Openstaande posten, per 30-11-2026\n\nA;B;C\n1;2;3\n4;5;6\n')).toBe(';');
  });
});

describe('reading CSV', () => {
  it('keeps quoted separators, doubled quotes and line breaks inside a field', () => {
    const read = readCsvTable({ text: 'a;b\r\n"x;y";"He said ""ja"""\r\n"two\r\nlines";z\r\n', encoding: 'utf-8' });
    expect(read.ok && read.table.rows).toEqual([
      ['a', 'b'],
      ['x;y', 'He said "ja"'],
      ['two\r\nlines', 'z'],
    ]);
  });
  it('reads a stray quote inside an unquoted field as a character, as Excel does', () => {
    const read = readCsvTable({ text: 'a;b\nBakkerij "De Zon";2\n', encoding: 'utf-8' });
    expect(read.ok && read.table.rows[1]).toEqual(['Bakkerij "De Zon"', '2']);
  });
});
