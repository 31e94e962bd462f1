import { atwHoliday, atwHolidaysOf, atwRestDay, isTermDay, LEGAL_CALENDAR, legalCalendar, legalTermEnd, onOrNextTermDay, termEndAfter } from './legal-terms';

const holidays = (year: number) => atwHolidaysOf(year).map((d) => `${d.date} ${d.name}`);

describe('the Atw calendar (Algemene termijnenwet art. 3)', () => {
  it('lists Good Friday and the days equated by decree among the non-term days of 2026–2028', () => {
    expect(holidays(2026)).toEqual([
      '2026-01-01 Nieuwjaarsdag',
      '2026-01-02 een bij besluit met een feestdag gelijkgestelde dag',
      '2026-04-03 Goede Vrijdag',
      '2026-04-06 Tweede Paasdag',
      '2026-04-27 Koningsdag',
      '2026-05-05 Bevrijdingsdag',
      '2026-05-14 Hemelvaartsdag',
      '2026-05-15 een bij besluit met een feestdag gelijkgestelde dag',
      '2026-05-25 Tweede Pinksterdag',
      '2026-12-25 Eerste Kerstdag',
      '2026-12-26 Tweede Kerstdag',
    ]);
    expect(holidays(2027)).toEqual([
      '2027-01-01 Nieuwjaarsdag',
      '2027-03-26 Goede Vrijdag',
      '2027-03-29 Tweede Paasdag',
      '2027-04-27 Koningsdag',
      '2027-05-05 Bevrijdingsdag',
      '2027-05-06 Hemelvaartsdag',
      '2027-05-07 een bij besluit met een feestdag gelijkgestelde dag',
      '2027-05-17 Tweede Pinksterdag',
      '2027-12-25 Eerste Kerstdag',
      '2027-12-26 Tweede Kerstdag',
    ]);
    expect(holidays(2028)).toEqual([
      '2028-01-01 Nieuwjaarsdag',
      '2028-04-14 Goede Vrijdag',
      '2028-04-17 Tweede Paasdag',
      '2028-04-27 Koningsdag',
      '2028-04-28 een bij besluit met een feestdag gelijkgestelde dag',
      '2028-05-05 Bevrijdingsdag',
      '2028-05-25 Hemelvaartsdag',
      '2028-05-26 een bij besluit met een feestdag gelijkgestelde dag',
      '2028-06-05 Tweede Pinksterdag',
      '2028-12-25 Eerste Kerstdag',
      '2028-12-26 Tweede Kerstdag',
    ]);
    for (const date of ['2026-04-03', '2027-03-26', '2028-04-14', '2026-01-02', '2026-05-15', '2027-05-07', '2028-04-28', '2028-05-26'])
      expect(isTermDay(date)).toBe(false);
  });

  it('names the article or the decree behind each day', () => {
    expect(atwHoliday('2027-03-26')?.basis).toBe('Algemene termijnenwet art. 3 lid 2');
    expect(atwHoliday('2027-05-06')?.basis).toBe('Algemene termijnenwet art. 3 lid 1');
    expect(atwHoliday('2027-05-07')?.basis).toMatch(/^Besluit gelijkstelling van 2 januari 2026, .* \(Stcrt\. 2025, 24713\)$/);
    expect(atwRestDay('2026-12-26')?.key).toBe('tweede_kerstdag'); // a Saturday, named as the holiday
    expect(atwRestDay('2026-11-21')).toMatchObject({ key: 'zaterdag', basis: 'Algemene termijnenwet art. 1 lid 1' });
    expect(atwRestDay('2026-11-23')).toBeNull(); // an ordinary Monday
  });

  it('celebrates Koningsdag on Saturday 26 April when 27 April is a Sunday', () => {
    expect(atwHoliday('2025-04-26')?.key).toBe('koningsdag');
    expect(atwHoliday('2025-04-27')).toBeNull();
    expect(atwHoliday('2031-04-26')?.key).toBe('koningsdag');
  });

  it('takes days of a later decree from Settings, with their source, and refuses one without a source', () => {
    const later = legalCalendar([{ date: '2029-05-11', source: 'Besluit gelijkstelling van … (Stcrt. 2028, 12345)' }]);
    expect(isTermDay('2029-05-11', LEGAL_CALENDAR)).toBe(true);
    expect(atwRestDay('2029-05-11', later)).toMatchObject({ key: 'gelijkgestelde_dag', basis: 'Besluit gelijkstelling van … (Stcrt. 2028, 12345)' });
    expect(isTermDay('2026-05-15', later)).toBe(false); // the built-in decrees stay
    expect(() => legalCalendar([{ date: '2029-05-11', source: ' ' }])).toThrow('Gelijkgestelde dag 2029-05-11: validation.decree_source');
    expect(() => legalCalendar([{ date: '2029-02-30', source: 'x' }])).toThrow(/validation\.date/);
  });
});

describe('legal terms (Algemene termijnenwet art. 1, 2 and 4)', () => {
  it('art. 1: a term ending on Good Friday runs through Easter Monday to Tuesday', () => {
    expect(onOrNextTermDay('2027-03-26')).toBe('2027-03-30');
    expect(legalTermEnd({ firstDay: '2027-03-13', days: 14 })).toEqual({
      firstDay: '2027-03-13',
      countedLastDay: '2027-03-26',
      lastDay: '2027-03-30',
      extendedBy: ['Algemene termijnenwet art. 1'],
    });
  });

  it('art. 1: a term ending on the Friday after Ascension (equated by decree) runs to Monday', () => {
    expect(termEndAfter('2026-05-10', 5).lastDay).toBe('2026-05-18'); // counted to Fri 15 May 2026
  });

  it('art. 2: a term of three days or more holds two term days, even when art. 1 is satisfied', () => {
    // Letter Thu 25 March 2027, 5 days: Good Friday, Saturday, Sunday, Easter Monday, Tuesday 30.
    // Tuesday is a term day (art. 1 is content), but it is the only one: art. 2 adds Wednesday.
    expect(termEndAfter('2027-03-25', 5)).toEqual({
      firstDay: '2027-03-26',
      countedLastDay: '2027-03-30',
      lastDay: '2027-03-31',
      extendedBy: ['Algemene termijnenwet art. 2'],
    });
    // Letter Wed 24 December 2025, 5 days: Christmas, Boxing Day, the weekend and Monday 29.
    expect(termEndAfter('2025-12-24', 5).lastDay).toBe('2025-12-30');
    // A two-day term is not extended by art. 2, only by art. 1.
    expect(legalTermEnd({ firstDay: '2027-03-26', days: 2 }).lastDay).toBe('2027-03-30');
  });

  it('leaves an ordinary term alone', () => {
    expect(termEndAfter('2026-11-16', 5)).toMatchObject({ countedLastDay: '2026-11-21', lastDay: '2026-11-23', extendedBy: ['Algemene termijnenwet art. 1'] });
    expect(termEndAfter('2026-11-17', 8)).toMatchObject({ lastDay: '2026-11-25', extendedBy: [] });
  });

  it('art. 4: does not extend a term of more than 90 days, and refuses a term that is no number of days', () => {
    // Both count to Good Friday 3 April 2026: 90 days run on to Tuesday 7 April, 91 days do not.
    expect(legalTermEnd({ firstDay: '2026-01-04', days: 90 })).toMatchObject({ countedLastDay: '2026-04-03', lastDay: '2026-04-07' });
    expect(legalTermEnd({ firstDay: '2026-01-03', days: 91 })).toMatchObject({ countedLastDay: '2026-04-03', lastDay: '2026-04-03', extendedBy: [] });
    expect(() => legalTermEnd({ firstDay: '2026-01-01', days: 0 })).toThrow(/minstens 1/);
    expect(() => legalTermEnd({ firstDay: '2026-01-01', days: 1.5 })).toThrow(RangeError);
  });
});
