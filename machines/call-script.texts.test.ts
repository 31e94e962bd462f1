// What a step's script text is given: the right key and params, so each language can say it its way.
// (test/call-script-texts.cross.test.ts renders them in Dutch and English.)
import { callScriptMachine } from './call-script.machine';
import { asideFor } from './call-script.choices';
import { scriptMessage, scriptParams } from './call-script.texts';
import { callInput, ev, play } from './call-test-fixtures';
import type { CallInput } from './call-types';

// The call starts when dialling: dial at the input's `now` so the part of the day is fixed.
const contextAt = (input: Partial<CallInput> = {}) => {
  const full = callInput(input);
  return play(callScriptMachine, [ev('DIAL', { at: full.now })], full).getSnapshot().context;
};

describe('script text params', () => {
  it('names the step’s text and passes money, dates and invoice lists as values', () => {
    const m = scriptMessage('purpose', contextAt());
    expect(m.key).toBe('script.purpose');
    expect(m.params).toMatchObject({
      tone: 'zakelijk',
      collector: 'Eva Jansen',
      company: 'Shoepro BV',
      count: 3,
      total: { cents: 313522 },
      tomorrow: { date: '2030-03-05' },
      dueDate: { date: '2030-01-17' },
      numbers: { list: ['123', '456', '789'] },
      contactKnown: 'yes',
      contact: 'dhr. Leeflang',
      responsibleKnown: 'no',
      handOverNext: 'no',
    });
    expect(m.params!.invoices).toEqual({
      messages: [
        { key: 'script.invoice', params: { number: '123', date: { date: '2030-01-01' }, amount: { cents: 17849 } } },
        { key: 'script.invoice', params: { number: '456', date: { date: '2030-01-02' }, amount: { cents: 289824 } } },
        { key: 'script.invoice', params: { number: '789', date: { date: '2030-01-03' }, amount: { cents: 5849 } } },
      ],
    });
  });

  it('greets by the part of the day the call started, in Amsterdam', () => {
    expect(scriptParams(contextAt({ now: '2030-03-04T08:15:00Z' })).daypart).toBe('morning');
    expect(scriptParams(contextAt({ now: '2030-03-04T13:30:00Z' })).daypart).toBe('afternoon');
    expect(scriptParams(contextAt({ now: '2030-03-04T17:30:00Z' })).daypart).toBe('evening');
  });

  it('says whether the last chance ends in hand-over, and how many terms a plan may have', () => {
    const c = contextAt({ ingebrekestellingSent: true });
    expect(scriptParams({ ...c, maxPlanTerms: 3 })).toMatchObject({ handOverNext: 'yes', maxTerms: 3 });
  });

  it('lists earlier complaints under "de factuur is onjuist", or says there are none', () => {
    const aside = asideFor('collection', 'invoiceIncorrect')!;
    const context = contextAt({
      earlierComplaints: [{ id: 4, description: 'Maat klopte niet', status: 'opgelost', invoiceIds: [1], openedOn: '2030-02-01', resolution: 'Omgeruild' }],
    });
    expect(aside(context)).toEqual([
      { key: 'script.earlierComplaints' },
      {
        key: 'script.earlierComplaint',
        params: { date: { date: '2030-02-01' }, numbers: { list: ['123'] }, description: 'Maat klopte niet', status: 'opgelost', resolved: 'yes', resolution: 'Omgeruild' },
      },
    ]);
    expect(aside(contextAt())).toEqual([{ key: 'script.noEarlierComplaints' }]);
    expect(asideFor('collection', 'purpose')).toBeUndefined();
  });
});
