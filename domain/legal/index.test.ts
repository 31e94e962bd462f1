import * as legal from './index';

describe('domain/legal public API', () => {
  it('exposes the engine through one entry point', () => {
    expect(legal.collectionCosts(1_000_000).costsCents).toBe(87_500);
    expect(legal.fourteenDayTerm('2026-11-19').termEndsOn).toBe('2026-12-07');
    expect(legal.rateOn('commercial', '2026-03-01').basisPoints).toBe(1015);
    expect(Object.keys(legal).sort()).toEqual(
      [
        'DEFAULT_DELIVERY', 'MAXIMUM_COSTS_CENTS', 'MINIMUM_COSTS_CENTS', 'NO_VAT', 'STATUTORY_RATES', 'addYears', 'allocatePayment',
        'assumedDelivery', 'collectionCosts', 'earliestHandOver', 'fourteenDayTerm', 'interestKindFor', 'mayChargeCosts', 'mulDivHalfUp',
        'rateChangesBetween', 'rateOn', 'stateClaim', 'statutoryInterest', 'AddedRateRow', 'RateRow', 'RateStatus', 'carriedFrom', 'rateTable',
        'isClaimedBefore', 'PaymentRefused', 'consumerDefaultAfter', 'bikVatDeclaration', 'GENERAL_VAT_RATE_BASIS_POINTS',
      ].sort(),
    );
  });
});
