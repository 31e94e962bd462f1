import { TONES } from '../domain/call-outcome';
import { callScriptMachine } from './call-script.machine';
import { CALL_SCRIPT_CHOICES, GLOBAL_CHOICES, PREVENTIVE_CHOICES } from './call-script.choices';
import { choiceLabel, CHOICE_LABELS, ruleErrorText, SCRIPT_TEXTS, scriptText } from './call-script.texts';
import { RULE_ERROR_KEYS, type RuleError } from './call-rules';
import { callInput, ev, play } from './call-test-fixtures';
import { COLLECTION_STEPS, PREVENTIVE_STEPS, type CallInput } from './call-types';

// The call starts when dialling: dial at the input's `now` so the part of the day is fixed.
const contextAt = (input: Partial<CallInput> = {}) => {
  const full = callInput(input);
  return play(callScriptMachine, [ev('DIAL', { at: full.now })], full).getSnapshot().context;
};
const allSteps = [...new Set([...COLLECTION_STEPS, ...PREVENTIVE_STEPS])];

describe('script texts', () => {
  it.each(allSteps)('%s has a Dutch and an English text per tone, and the tones differ', (step) => {
    const context = contextAt();
    for (const lang of ['nl', 'en'] as const) {
      const texts = TONES.map((tone) => scriptText(step, { ...context, tone }, lang));
      for (const text of texts) expect(text.trim().length).toBeGreaterThan(10);
      expect(new Set(texts).size).toBe(3);
    }
    for (const tone of TONES) expect(scriptText(step, { ...context, tone }, 'en')).not.toBe(scriptText(step, { ...context, tone }, 'nl'));
  });

  it('the greeting names the collector and the company, with the part of the day of the call', () => {
    const morning = contextAt({ now: '2030-03-04T08:15:00Z' });
    expect(scriptText('greeting', morning)).toBe(
      'Goedemorgen, u spreekt met Eva Jansen van Shoepro BV. Spreek ik met de crediteurenafdeling? Ik zou graag dhr. Leeflang spreken.',
    );
    const afternoon = contextAt({ now: '2030-03-04T13:30:00Z' });
    expect(scriptText('greeting', afternoon)).toMatch(/^Goedemiddag, /);
    expect(scriptText('greeting', afternoon, 'en')).toMatch(/^Good afternoon, this is Eva Jansen from Shoepro BV/);
  });

  it('the purpose names every invoice with its amount, and the correct total', () => {
    const text = scriptText('purpose', contextAt());
    expect(text).toBe(
      'Ik bel u inzake 3 openstaande facturen: 123 van 1 januari 2030 (€ 178,49), 456 van 2 januari 2030 (€ 2.898,24) en 789 van 3 januari 2030 (€ 58,49). Samen € 3.135,22.',
    );
  });

  it('the closing question is the seed’s, with tomorrow’s date', () => {
    expect(scriptText('commitment', contextAt())).toBe(
      'Hoe gaat u ervoor zorgen dat het factuurbedrag van € 3.135,22 (bijvoorbeeld morgen, 5 maart 2030) op onze rekening staat?',
    );
  });

  it('the plan offer says it is the last option and names the maximum terms', () => {
    const text = scriptText('cannotPay', { ...contextAt(), maxPlanTerms: 3, tone: 'streng' });
    expect(text).toContain('maximaal 3 termijnen');
    expect(text).toContain('laatste optie');
  });

  it('earlier complaints are shown when the customer says the invoice is wrong', () => {
    const context = contextAt({
      earlierComplaints: [{ id: 4, description: 'Maat klopte niet', status: 'opgelost', invoiceIds: [1], openedOn: '2030-02-01', resolution: 'Omgeruild' }],
    });
    expect(scriptText('invoiceIncorrect', context)).toContain('1 februari 2030 (123): Maat klopte niet [opgelost] — Omgeruild');
    expect(scriptText('invoiceIncorrect', contextAt())).toContain('Geen eerdere klachten bekend.');
  });

  it('covers exactly the steps of the two machines', () => {
    expect(Object.keys(SCRIPT_TEXTS.nl).sort()).toEqual([...allSteps].sort());
    expect(Object.keys(SCRIPT_TEXTS.en).sort()).toEqual([...allSteps].sort());
  });
});

describe('labels and error texts', () => {
  it('every choice has a Dutch and an English label', () => {
    const keys = new Set(
      [...Object.values(CALL_SCRIPT_CHOICES), ...Object.values(PREVENTIVE_CHOICES), GLOBAL_CHOICES].flat().map((c) => c.labelKey),
    );
    for (const key of keys) {
      expect(CHOICE_LABELS[key], key).toBeDefined();
      for (const lang of ['nl', 'en'] as const) expect(choiceLabel(key, lang)).toMatch(/\w/);
    }
    expect(choiceLabel('choice.no_answer', 'en')).toBe('No answer');
    expect(choiceLabel('choice.no_answer', 'nl')).toBe('Geen gehoor');
  });

  it('every rule error has an English text built from its params', () => {
    for (const key of RULE_ERROR_KEYS) {
      const error: RuleError = { key, message: 'nl', params: { input: 'zsm', example: '2030-03-05', date: '2030-03-09', why: 'zaterdag', now: '10:00', max: 4, count: 5, sum: 100, total: 101, term: 2 } };
      expect(ruleErrorText(error, 'en')).not.toMatch(/undefined/);
      expect(ruleErrorText(error, 'nl')).toBe('nl');
    }
  });
});
