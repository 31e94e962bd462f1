import { easterSunday, holidayName, isWorkingDay, nextWorkingDay, onOrNextWorkingDay, onOrPreviousWorkingDay } from './working-days';

describe('Dutch working days', () => {
  it('finds Easter and the holidays hanging on it', () => {
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(holidayName('2026-04-06')).toBe('Tweede Paasdag');
    expect(holidayName('2026-05-14')).toBe('Hemelvaartsdag');
    expect(holidayName('2026-05-25')).toBe('Tweede Pinksterdag');
    expect(holidayName('2026-04-03')).toBeUndefined(); // Goede Vrijdag is no general holiday
  });
  it('moves Koningsdag off a Sunday', () => {
    expect(holidayName('2025-04-26')).toBe('Koningsdag'); // 27 April 2025 was a Sunday
    expect(holidayName('2026-04-27')).toBe('Koningsdag');
  });
  it('skips weekends and holidays', () => {
    expect(isWorkingDay('2026-11-23')).toBe(true); // a Monday
    expect(nextWorkingDay('2026-11-27')).toBe('2026-11-30'); // Friday → Monday
    expect(nextWorkingDay('2026-12-24')).toBe('2026-12-28'); // over Christmas and the weekend
    expect(onOrNextWorkingDay('2027-01-01')).toBe('2027-01-04');
    expect(onOrPreviousWorkingDay('2026-11-29')).toBe('2026-11-27'); // Sunday → Friday
    expect(onOrPreviousWorkingDay('2026-12-28')).toBe('2026-12-28');
  });
});
