import { receiptsIncludedThrough } from './receipts';

describe('receiptsIncludedThrough: the receipts a letter says it includes', () => {
  it('a letter of 2 June names 1 June when no payment of 2 June is in its amounts', () => {
    expect(receiptsIncludedThrough('2026-06-02', '2026-05-28')).toBe('2026-06-01');
    expect(receiptsIncludedThrough('2026-06-02', '2026-06-01')).toBe('2026-06-01');
    expect(receiptsIncludedThrough('2026-06-02', null)).toBe('2026-06-01');
  });

  it('names 2 June when a payment received on 2 June is included', () => {
    expect(receiptsIncludedThrough('2026-06-02', '2026-06-02')).toBe('2026-06-02');
  });

  it('names the letter date when the caller cannot say which receipts are in', () => {
    expect(receiptsIncludedThrough('2026-06-02', undefined)).toBe('2026-06-02');
  });

  it('refuses a payment received after the letter date', () => {
    expect(() => receiptsIncludedThrough('2026-06-02', '2026-06-03')).toThrow('Een brief van 2026-06-02 kan geen betaling van 2026-06-03 bevatten');
  });
});
