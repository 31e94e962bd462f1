// Cross-layer: the script as the collector reads it — every step of both calls, in each tone, in
// Dutch as the seeds say it and in English without Dutch words; the buttons and the refusals too.
import { catalogue } from '../i18n/catalogue';
import type { Language } from '../i18n/format';
import { TONES } from '../domain/call-outcome';
import type { Message } from '../domain/message';
import { callScriptMachine, COLLECTION_STEPS } from '../machines/call-script.machine';
import { PREVENTIVE_STEPS } from '../machines/preventive-call.machine';
import { asideFor, CALL_SCRIPT_CHOICES, GLOBAL_CHOICES, PREVENTIVE_CHOICES } from '../machines/call-script.choices';
import { scriptMessage } from '../machines/call-script.texts';
import { callRuleMessages } from '../machines/call-rules.messages';
import { checkPlan } from '../machines/call-rules';
import { callInput, ev, play } from '../machines/call-test-fixtures';
import type { CallInput } from '../machines/call-types';

const say = (m: Message, language: Language = 'nl') => catalogue.format(m, language);
const contextAt = (input: Partial<CallInput> = {}) => {
  const full = callInput(input);
  return play(callScriptMachine, [ev('DIAL', { at: full.now })], full).getSnapshot().context;
};
const script = (step: Parameters<typeof scriptMessage>[0], context = contextAt(), language: Language = 'nl') => say(scriptMessage(step, context), language);

// Words only Dutch uses: one of them in an English text means it was not translated.
const DUTCH = /\b(de|het|een|van|op|uw|wij|u|ik|naar|factuur|facturen|betaling|betalen|terugbellen|klacht|graag|niet|wanneer|welke|kunt|heeft)\b/i;

describe('script texts', () => {
  const steps = [...new Set([...COLLECTION_STEPS, ...PREVENTIVE_STEPS])];
  it.each(steps)('%s: a Dutch and an English text per tone; the tones differ; the English has no Dutch', (step) => {
    const context = contextAt();
    for (const language of ['nl', 'en'] as const) {
      const texts = TONES.map((tone) => script(step, { ...context, tone }, language));
      for (const text of texts) expect(text.trim().length, text).toBeGreaterThan(10);
      expect(new Set(texts).size).toBe(3);
    }
    for (const tone of TONES) {
      const en = script(step, { ...context, tone }, 'en');
      expect(en).not.toBe(script(step, { ...context, tone }, 'nl'));
      expect(en, en).not.toMatch(DUTCH);
    }
  });

  it('the greeting names the collector and the company, with the part of the day of the call', () => {
    expect(script('greeting', contextAt({ now: '2030-03-04T08:15:00Z' }))).toBe(
      'Goedemorgen, u spreekt met Eva Jansen van Shoepro BV. Spreek ik met de crediteurenafdeling? Ik zou graag dhr. Leeflang spreken.',
    );
    const afternoon = contextAt({ now: '2030-03-04T13:30:00Z' });
    expect(script('greeting', afternoon)).toMatch(/^Goedemiddag, /);
    expect(script('greeting', afternoon, 'en')).toMatch(/^Good afternoon, this is Eva Jansen from Shoepro BV/);
  });

  it('asks for the contact by title and surname, and greets a consumer by name without asking for the crediteurenafdeling (issue 10, item 9)', () => {
    const morning = '2030-03-04T08:15:00Z';
    const koster = contextAt({ now: morning, debtor: { id: 7, name: 'Koster Schoenen BV', kind: 'business', contact: { name: 'H. Koster', title: 'heer' } } });
    expect(script('greeting', koster)).toBe('Goedemorgen, u spreekt met Eva Jansen van Shoepro BV. Spreek ik met de crediteurenafdeling? Ik zou graag meneer Koster spreken.');
    expect(script('greeting', koster, 'en')).toMatch(/I would like to speak to Mr Koster\.$/);
    const visser = contextAt({ now: morning, debtor: { id: 5, name: 'P. Visser', kind: 'consumer', contact: { title: 'heer' } } });
    for (const tone of TONES) {
      const nl = script('greeting', { ...visser, tone });
      expect(nl).toContain('Spreek ik met meneer Visser?');
      expect(nl).not.toMatch(/crediteuren/);
      expect(script('greeting', { ...visser, tone }, 'en')).not.toMatch(/accounts payable/);
    }
    const bakker = contextAt({ now: morning, debtor: { id: 6, name: 'M. Bakker', kind: 'consumer' } });
    expect(script('greeting', bakker)).toBe('Goedemorgen, u spreekt met Eva Jansen van Shoepro BV. Spreek ik met M. Bakker?');
  });

  it('the purpose names every invoice with its amount, and the correct total, in each language’s formats', () => {
    expect(script('purpose')).toBe(
      'Ik bel u inzake 3 openstaande facturen: 123 van 1 januari 2030 (€ 178,49), 456 van 2 januari 2030 (€ 2.898,24) en 789 van 3 januari 2030 (€ 58,49). Samen € 3.135,22.',
    );
    expect(script('purpose', contextAt(), 'en')).toBe(
      "I'm calling about 3 unpaid invoices: 123 of 1 January 2030 (€178.49), 456 of 2 January 2030 (€2,898.24) and 789 of 3 January 2030 (€58.49). €3,135.22 in total.",
    );
    const one = contextAt({ openInvoices: [{ id: 1, number: '123', invoiceDate: '2030-01-01', dueDate: '2030-01-15', openCents: 17849 }] });
    expect(script('purpose', one)).toBe('Ik bel u inzake een openstaande factuur: 123 van 1 januari 2030 (€ 178,49). Samen € 178,49.');
  });

  it('the closing question is the seed’s, with tomorrow’s date', () => {
    expect(script('commitment')).toBe(
      'Hoe gaat u ervoor zorgen dat het factuurbedrag van € 3.135,22 (bijvoorbeeld morgen, 5 maart 2030) op onze rekening staat?',
    );
  });

  it('the plan offer says it is the last option and names the maximum terms', () => {
    const text = script('cannotPay', { ...contextAt(), maxPlanTerms: 3, tone: 'streng' });
    expect(text).toContain('maximaal 3 termijnen');
    expect(text).toContain('laatste optie');
  });

  it('earlier complaints are shown when the customer says the invoice is wrong', () => {
    const aside = asideFor('collection', 'invoiceIncorrect')!;
    const context = contextAt({
      earlierComplaints: [{ id: 4, description: 'Maat klopte niet', status: 'opgelost', invoiceIds: [1], openedOn: '2030-02-01', resolution: 'Omgeruild' }],
    });
    expect(aside(context).map((m) => say(m))).toEqual(['Eerdere klachten:', '1 februari 2030 (123): Maat klopte niet [opgelost] — Omgeruild']);
    expect(aside(context).map((m) => say(m, 'en'))).toEqual(['Earlier complaints:', '1 February 2030 (123): Maat klopte niet [resolved] — Omgeruild']);
    expect(aside(contextAt()).map((m) => say(m))).toEqual(['Geen eerdere klachten bekend.']);
  });
});

describe('buttons and refusals', () => {
  it('every button has a Dutch and an English label', () => {
    const keys = new Set([...Object.values(CALL_SCRIPT_CHOICES), ...Object.values(PREVENTIVE_CHOICES), GLOBAL_CHOICES].flat().map((c) => c.labelKey));
    for (const key of keys) {
      expect(catalogue.has(key), key).toBe(true);
      expect(say({ key }, 'en'), key).not.toMatch(DUTCH);
    }
    expect(say({ key: 'choice.no_answer' }, 'en')).toBe('No answer');
    expect(say({ key: 'choice.no_answer' }, 'nl')).toBe('Geen gehoor');
  });

  it('every refusal reads in both languages, naming the field or date', () => {
    const params = { input: 'zsm', example: '05-03-2030', date: { date: '2030-03-09' }, why: 'saturday', holiday: '', label: '', now: '10:00', max: 4, count: 5, term: 2, previous: { date: '2030-03-10' }, sum: { cents: 100 }, total: { cents: 101 }, difference: { cents: 1 }, field: 'colleague', ids: '99', latest: { date: '2032-03-04' }, numbers: { list: ['456'] }, invoices: { cents: 102 }, reason: { messages: [{ key: 'rule.date.missing' }] } };
    for (const key of Object.keys(callRuleMessages))
      for (const language of ['nl', 'en'] as const) expect(say({ key, params }, language)).not.toMatch(/undefined|\{/);
    expect(say({ key: 'rule.text.missing', params: { field: 'colleague' } })).toBe('Vul de naam van de collega in.');
    expect(say({ key: 'rule.text.missing', params: { field: 'colleague' } }, 'en')).toBe('Enter the name of the colleague.');
    const ascension = { key: 'rule.appointment.not_working_day', params: { date: { date: '2030-05-30' }, why: 'holiday', holiday: 'hemelvaartsdag', label: '' } };
    expect(say(ascension)).toBe('30 mei 2030 is Hemelvaartsdag: kies een werkdag.');
    expect(say(ascension, 'en')).toBe('30 May 2030 is Ascension Day: choose a working day.');
    const saturday = { key: 'rule.appointment.not_working_day', params: { date: { date: '2030-03-09' }, why: 'saturday', holiday: '', label: '' } };
    expect(say(saturday)).toBe('9 maart 2030 is zaterdag: kies een werkdag.');
    expect(say(saturday, 'en')).toBe('9 March 2030 is a Saturday: choose a working day.');
  });

  it('a plan refused for one of its terms says which, in the language of the screen', () => {
    const r = checkPlan(
      { invoiceIds: [1], totalCents: 2, installments: [{ dueDate: '2030-03-10', amountCents: 1 }, { dueDate: 'volgende maand', amountCents: 1 }] },
      { today: '2030-03-04', allowed: true, maxTerms: 4, invoices: [{ id: 1, number: '123', openCents: 2, onHold: false }] },
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(say(r.error)).toBe('Termijn 2: "volgende maand" is geen concrete datum. Vraag om een dag, bijvoorbeeld 05-03-2030.');
    expect(say(r.error, 'en')).toBe('Instalment 2: "volgende maand" is not a concrete date. Ask for a day, for example 05-03-2030.');
  });
});
