import { describe, expect, it } from 'vitest';
import { createCatalogue, formatDate, formatMoney } from './format';
import { defineMessages } from '../domain/message-text';

const table = defineMessages({
  'test.terms': {
    nl: '{count, plural, one {# termijn} other {# termijnen}} van {amount}, eerste op {first}',
    en: '{count, plural, one {# instalment} other {# instalments}} of {amount}, first on {first}',
  },
  'test.invoices': { nl: 'facturen {numbers}', en: 'invoices {numbers}' },
});

describe('message catalogue', () => {
  const catalogue = createCatalogue(table);

  it('formats plurals, money and dates in the language', () => {
    const m = { key: 'test.terms', params: { count: 1, amount: { cents: 313522 }, first: { date: '2026-12-01' } } };
    expect(catalogue.format(m, 'nl')).toBe('1 termijn van € 3.135,22, eerste op 1 december 2026');
    expect(catalogue.format({ ...m, params: { ...m.params, count: 3 } }, 'en')).toBe('3 instalments of €3,135.22, first on 1 December 2026');
  });

  it('joins lists the way each language does', () => {
    const m = { key: 'test.invoices', params: { numbers: { list: ['123', '456', '789'] } } };
    expect(catalogue.format(m, 'nl')).toBe('facturen 123, 456 en 789');
    expect(catalogue.format(m, 'en')).toBe('invoices 123, 456 and 789');
  });

  it('shows an unknown key as itself and refuses a key defined twice', () => {
    expect(catalogue.format({ key: 'nope.missing' }, 'en')).toBe('nope.missing');
    expect(() => createCatalogue(table, table)).toThrow(/test.terms/);
  });

  it('formats negative money and dates without a time zone shift', () => {
    expect(formatMoney(-5, 'nl')).toBe('-€ 0,05');
    expect(formatDate('2026-03-29', 'nl')).toBe('29 maart 2026');
  });
});

describe('a list of messages as a parameter', () => {
  const catalogue = createCatalogue(
    defineMessages({
      'test.plan': { nl: 'Regeling: {terms}.', en: 'Plan: {terms}.' },
      'test.term': { nl: '{amount} op {date}', en: '{amount} on {date}' },
    }),
  );

  it('formats each item in the language and joins them the way the language joins a list', () => {
    const term = (cents: number, date: string) => ({ key: 'test.term', params: { amount: { cents }, date: { date } } });
    const m = { key: 'test.plan', params: { terms: { messages: [term(78382, '2026-12-07'), term(78380, '2027-01-07')] } } };
    expect(catalogue.format(m, 'nl')).toBe('Regeling: € 783,82 op 7 december 2026 en € 783,80 op 7 januari 2027.');
    expect(catalogue.format(m, 'en')).toBe('Plan: €783.82 on 7 December 2026 and €783.80 on 7 January 2027.');
  });
});
