import { telHref } from './phone';

describe('telHref', () => {
  it('makes the international tel: address a softphone dials from numbers as collectors type them', () => {
    expect(telHref('0294-412345')).toBe('tel:+31294412345');
    expect(telHref('+31 (0)20 123 45 67')).toBe('tel:+31201234567');
    expect(telHref('0032 3 123 45 67')).toBe('tel:+3231234567');
    expect(telHref('06 12.34.56.78')).toBe('tel:+31612345678');
  });

  it('gives no address for text that is no dialable number', () => {
    for (const typed of ['', 'onbekend', '12', '0294-41234x', '+', 'javascript:alert(1)', '1234567']) expect(telHref(typed), typed).toBeNull();
  });

});
