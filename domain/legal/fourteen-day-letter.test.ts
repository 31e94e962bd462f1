import { assumedDelivery, DEFAULT_DELIVERY, earliestHandOver, fourteenDayTerm, mayChargeCosts } from './fourteen-day-letter';

describe('fourteenDayTerm (art. 6:96 lid 6 BW, HR 25-11-2016)', () => {
  it('Thursday letter: delivered Saturday, term from Sunday, its Saturday end moves to Monday', () => {
    expect(fourteenDayTerm('2026-11-19')).toEqual({ deliveredOn: '2026-11-21', termStartsOn: '2026-11-22', termEndsOn: '2026-12-07' });
  });

  it('Friday letter: no delivery on Sunday or Monday, so it arrives on Tuesday', () => {
    expect(fourteenDayTerm('2026-11-20')).toEqual({ deliveredOn: '2026-11-24', termStartsOn: '2026-11-25', termEndsOn: '2026-12-08' });
  });

  it('skips Christmas for delivery', () => {
    // Wed 23 Dec: Thu 24 is postal day 1; 25, 26 (holidays), 27 (Sunday), 28 (Monday) are not.
    expect(fourteenDayTerm('2026-12-23')).toEqual({ deliveredOn: '2026-12-29', termStartsOn: '2026-12-30', termEndsOn: '2027-01-12' });
  });

  it('moves a term ending on Christmas past both Christmas days and the Sunday', () => {
    // Delivered Fri 11 Dec, 14 days 12..25 Dec; 25 and 26 are holidays, 27 a Sunday.
    expect(fourteenDayTerm('2026-12-09')).toEqual({ deliveredOn: '2026-12-11', termStartsOn: '2026-12-12', termEndsOn: '2026-12-28' });
  });

  it('names Tue 30 March 2027, not Good Friday 26 March, for a letter of Wed 10 March 2027 (Atw art. 1, 3 lid 2)', () => {
    // Delivered Fri 12 March (second postal day); 14 days 13..26 March; 26 is Good Friday, 27/28 the
    // weekend, 29 Easter Monday: the term runs through Tuesday 30 March.
    expect(fourteenDayTerm('2027-03-10')).toEqual({ deliveredOn: '2027-03-12', termStartsOn: '2027-03-13', termEndsOn: '2027-03-30' });
  });

  it('counts neither Good Friday nor Easter Monday as a postal day, even with Monday delivery', () => {
    expect(assumedDelivery('2027-03-24')).toBe('2027-03-27'); // Thu 25, Good Friday 26 skipped, Sat 27
    expect(assumedDelivery('2027-03-26', { postalDays: 2, mondayDelivery: true })).toBe('2027-03-30'); // Sat 27, Tue 30
    // With Monday delivery a term can end on Easter Monday (29 March 2027): it moves to Tuesday.
    expect(fourteenDayTerm('2027-03-12', { postalDays: 2, mondayDelivery: true })).toEqual({
      deliveredOn: '2027-03-15',
      termStartsOn: '2027-03-16',
      termEndsOn: '2027-03-30',
    });
  });

  it('skips a day equated by decree for delivery and for the end of the term', () => {
    // Tue 12 May 2026: Wed 13 postal day 1, Ascension 14 and the decree's Friday 15 skipped, Sat 16.
    expect(assumedDelivery('2026-05-12')).toBe('2026-05-16');
    // Delivered Fri 1 May 2026: 14 days 2..15 May end on the decree's Friday → Monday 18 May.
    expect(fourteenDayTerm('2026-04-29').termEndsOn).toBe('2026-05-18');
  });

  it('skips Koningsdag for delivery and for the end of the term', () => {
    expect(assumedDelivery('2027-04-23')).toBe('2027-04-28'); // Sat 24, then Tue 27 is Koningsdag → Wed 28
    // Delivered Tue 13 April, 14 days end on Koningsdag Tue 27 April → Wednesday 28.
    expect(fourteenDayTerm('2027-04-09').termEndsOn).toBe('2027-04-28');
  });

  it('follows the delivery setting', () => {
    expect(assumedDelivery('2026-11-19', { postalDays: 1, mondayDelivery: false })).toBe('2026-11-20');
    expect(fourteenDayTerm('2026-11-23', { postalDays: 0, mondayDelivery: false }).termEndsOn).toBe('2026-12-07'); // handed over Monday
    expect(() => assumedDelivery('2026-11-19', { postalDays: -1, mondayDelivery: false })).toThrow(/bezorgdagen/);
  });
});

describe('mayChargeCosts and earliestHandOver', () => {
  it('lets a consumer pay without costs through the last day of the term', () => {
    expect(mayChargeCosts('consumer', '2026-12-07', '2026-12-07')).toBe(false);
    expect(mayChargeCosts('consumer', '2026-12-08', '2026-12-07')).toBe(true);
    expect(mayChargeCosts('consumer', '2027-06-01', null)).toBe(false); // no 14-day letter, no costs
    expect(mayChargeCosts('business', '2026-11-01', null)).toBe(true);
  });

  it('holds a day-31 consumer hand-over until the term has run out', () => {
    // Due Mon 2 Nov 2026; the day-21 letter of Mon 23 Nov arrives Wed 25, term 26 Nov – 9 Dec.
    const { termEndsOn } = fourteenDayTerm('2026-11-23');
    expect(termEndsOn).toBe('2026-12-09');
    expect(earliestHandOver('consumer', '2026-12-03', termEndsOn)).toBe('2026-12-10');
    expect(earliestHandOver('consumer', '2026-12-14', termEndsOn)).toBe('2026-12-14');
    expect(earliestHandOver('consumer', '2026-12-03', null)).toBeNull();
    expect(earliestHandOver('business', '2026-12-03', null)).toBe('2026-12-03');
  });

  it('says which rule and source the delivery assumption follows', () => {
    expect(DEFAULT_DELIVERY.source).toMatch(/tweede postbezorgdag.*maandag.*Algemene termijnenwet.*HR 25 november 2016, ECLI:NL:HR:2016:2704/);
  });
});
