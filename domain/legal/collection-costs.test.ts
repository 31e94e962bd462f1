import { bikVatDeclaration, collectionCosts } from './collection-costs';

const costs = (principalCents: number) => collectionCosts(principalCents).costsCents;
const WITH_VAT = { addVat: true, vatRateBasisPoints: 2100 };

describe('collectionCosts (Besluit BIK art. 2)', () => {
  it('gives the figures of the staffel at every slice boundary', () => {
    expect(costs(250_000)).toBe(37_500); // € 2.500 × 15% = € 375
    expect(costs(500_000)).toBe(62_500); // € 375 + € 2.500 × 10% = € 625
    expect(costs(1_000_000)).toBe(87_500); // € 625 + € 5.000 × 5% = € 875 (the Besluit's own example)
    expect(costs(20_000_000)).toBe(277_500); // € 875 + € 190.000 × 1% = € 2.775
    expect(costs(100_000_000)).toBe(677_500); // € 2.775 + € 800.000 × 0,5% = € 6.775, exactly the cap
  });

  it('charges the next slice from the first cent above a boundary', () => {
    expect(costs(250_100)).toBe(37_510); // € 2.501: € 375 + € 1 × 10%
    expect(costs(500_100)).toBe(62_505); // € 5.001: € 625 + € 1 × 5%
    expect(costs(1_000_100)).toBe(87_501); // € 10.001: € 875 + € 1 × 1%
    expect(costs(20_000_200)).toBe(277_501); // € 200.002: € 2.775 + € 2 × 0,5%
  });

  it("computes Leeflang's € 3.135,22 exactly and rounds half up", () => {
    const r = collectionCosts(313_522);
    // € 375 + 10% × € 635,22 = € 438,522 → € 438,52
    expect(r.slices.map((s) => [s.baseCents, s.costsCents])).toEqual([
      [250_000, 37_500],
      [63_522, 6_352],
    ]);
    expect(r.costsCents).toBe(43_852);
    expect(costs(250_005)).toBe(37_501); // € 375 + 10% × € 0,05 = € 375,005 → € 375,01
  });

  it('applies the € 40 floor', () => {
    const r = collectionCosts(10_000); // € 100 × 15% = € 15
    expect(r.staffelCents).toBe(1_500);
    expect(r.minimumApplied).toBe(true);
    expect(r.costsCents).toBe(4_000);
    expect(costs(26_666)).toBe(4_000); // € 266,66 × 15% = € 39,999: still the floor
    expect(collectionCosts(26_667).minimumApplied).toBe(false); // € 40,0005 → € 40,00 by the staffel itself
    expect(costs(0)).toBe(0); // nothing owed, nothing to charge
  });

  it('caps at € 6.775', () => {
    const r = collectionCosts(200_000_000); // € 2 miljoen: staffel € 11.775
    expect(r.staffelCents).toBe(1_177_500);
    expect(r.maximumApplied).toBe(true);
    expect(r.costsCents).toBe(677_500);
    expect(collectionCosts(100_000_000).maximumApplied).toBe(false);
  });

  it('adds 21% VAT only when asked (art. 2 lid 3), also on the floor and the cap', () => {
    expect(collectionCosts(313_522).vatCents).toBe(0);
    const leeflang = collectionCosts(313_522, WITH_VAT);
    expect([leeflang.costsCents, leeflang.vatCents, leeflang.totalCents]).toEqual([43_852, 9_209, 53_061]); // 438,52 + 92,09
    expect(collectionCosts(10_000, WITH_VAT).totalCents).toBe(4_840); // € 40 + € 8,40
    expect(collectionCosts(200_000_000, WITH_VAT).totalCents).toBe(819_775); // € 6.775 + € 1.422,75
    expect(collectionCosts(1_000_000, WITH_VAT).totalCents).toBe(105_875); // € 875 + € 183,75
  });

  it('words the declaration art. 2 lid 3 asks for: a service with VAT, not deductible, costs raised for it', () => {
    expect(bikVatDeclaration()).toBe(
      'Voor de incasso van deze vordering maken wij gebruik van een dienst waarover omzetbelasting (btw) verschuldigd is. ' +
        'Wij verklaren nadrukkelijk dat wij die btw niet kunnen verrekenen en dat de buitengerechtelijke incassokosten daarom zijn verhoogd met 21% btw ' +
        '(artikel 2 lid 3 Besluit vergoeding voor buitengerechtelijke incassokosten).',
    );
  });

  it('refuses a negative or fractional principal', () => {
    expect(() => collectionCosts(-1)).toThrow(/negatief/);
    expect(() => collectionCosts(10.5)).toThrow(RangeError);
  });
});
