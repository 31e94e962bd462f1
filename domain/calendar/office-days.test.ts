import { legalCalendar } from './legal-terms';
import { isOfficeDay, nextOfficeDay, officeCalendar, officeClosure, onOrNextOfficeDay, onOrPreviousOfficeDay } from './office-days';

describe('office days (a company setting, separate from legal terms)', () => {
  it('by default works Monday to Friday and keeps the Atw days, Good Friday and decree days included', () => {
    expect(isOfficeDay('2026-11-23')).toBe(true); // a Monday
    expect(nextOfficeDay('2026-11-27')).toBe('2026-11-30'); // Friday → Monday
    expect(nextOfficeDay('2026-12-24')).toBe('2026-12-28'); // over Christmas and the weekend
    expect(nextOfficeDay('2027-03-25')).toBe('2027-03-30'); // over Good Friday and Easter Monday
    expect(nextOfficeDay('2026-05-13')).toBe('2026-05-18'); // Ascension Day and the decree's Friday
    expect(onOrNextOfficeDay('2027-01-01')).toBe('2027-01-04');
    expect(onOrPreviousOfficeDay('2026-11-29')).toBe('2026-11-27'); // Sunday → Friday
    expect(onOrPreviousOfficeDay('2026-12-28')).toBe('2026-12-28');
  });

  it('says why the office is closed', () => {
    expect(officeClosure('2027-03-26')).toMatchObject({ kind: 'holiday', holiday: { name: 'Goede Vrijdag' } });
    expect(officeClosure('2026-11-22')).toEqual({ kind: 'weekday', weekday: 0 });
    expect(officeClosure('2026-11-24')).toBeNull();
  });

  it('follows the company: its weekdays, its own closed days, and a later decree', () => {
    const office = officeCalendar(
      { workingWeekdays: [1, 2, 3, 4, 5, 6], closedDays: [{ date: '2026-12-31', label: 'Oudejaarsdag' }] },
      legalCalendar([{ date: '2029-05-11', source: 'Besluit … (Stcrt. 2028, 1)' }]),
    );
    expect(nextOfficeDay('2026-11-27', office)).toBe('2026-11-28'); // the office works Saturdays
    expect(officeClosure('2026-12-31', office)).toEqual({ kind: 'closed', label: 'Oudejaarsdag' });
    expect(nextOfficeDay('2026-12-30', office)).toBe('2027-01-02'); // 31 Dec closed, 1 Jan a holiday, Saturday open
    expect(isOfficeDay('2029-05-11', office)).toBe(false);
  });

  it('refuses settings without a working day or with a closed day that has no reason', () => {
    expect(() => officeCalendar({ workingWeekdays: [], closedDays: [] })).toThrow('Werkdagen van het kantoor: validation.office.weekday_min');
    expect(() => officeCalendar({ workingWeekdays: [1], closedDays: [{ date: '2026-12-31', label: '' }] })).toThrow(/validation\.office\.closed_reason/);
    expect(() => officeCalendar({ workingWeekdays: [1, 1], closedDays: [] })).toThrow(/validation\.office\.weekday_once/);
  });
});
