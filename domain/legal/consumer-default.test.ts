import { consumerDefaultAfter, type NoticeOfDefault } from './consumer-default';

// Ingebrekestellingen with 5 days' term: of 1 June 2026 (term to Mon 8 June: the 6th is a Saturday) and
// of 17 June 2026 (term to Mon 22 June).
const first: NoticeOfDefault = { letterDate: '2026-06-01', payBy: '2026-06-08' };
const second: NoticeOfDefault = { letterDate: '2026-06-17', payBy: '2026-06-22' };

describe('consumerDefaultAfter (art. 6:119 with 6:81/6:82 BW)', () => {
  it('is not in default while the first ingebrekestelling’s term runs', () => {
    expect(consumerDefaultAfter([], '2026-06-05')).toBeNull();
    expect(consumerDefaultAfter([first], '2026-06-05')).toBeNull();
    expect(consumerDefaultAfter([first], '2026-06-08')).toBeNull(); // its last day is still in time
  });

  it('the second letter (17 June) counts interest from the day after the first one’s term', () => {
    expect(consumerDefaultAfter([first], '2026-06-17')).toBe('2026-06-08');
  });

  it('the third letter (18 June) still counts from the first term, not from the second one that is still running', () => {
    expect(consumerDefaultAfter([first, second], '2026-06-18')).toBe('2026-06-08');
    expect(consumerDefaultAfter([second, first], '2026-06-18')).toBe('2026-06-08'); // order given does not matter
    expect(consumerDefaultAfter([first, second], '2026-06-30')).toBe('2026-06-08');
  });

  it('puts an invoice in default only by a notice that named it', () => {
    const named = [
      { ...first, invoiceIds: [1019] },
      { ...second, invoiceIds: [1019, 1033] },
    ];
    expect(consumerDefaultAfter(named, '2026-06-30', 1019)).toBe('2026-06-08');
    expect(consumerDefaultAfter(named, '2026-06-30', 1033)).toBe('2026-06-22');
    expect(consumerDefaultAfter(named, '2026-06-18', 1033)).toBeNull();
  });

  it('ignores a notice that gave no term', () => {
    expect(consumerDefaultAfter([{ letterDate: '2026-06-01', payBy: null }], '2026-07-01')).toBeNull();
  });
});
