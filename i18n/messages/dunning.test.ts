// Every message the dunning rules produce exists in the catalogue and renders in Dutch and English with
// the parameters the rules give it: nothing left as a key or a {placeholder}, no case falling to `other`.
import { describe, expect, it } from 'vitest';
import { CALL_OUTCOME_CODES } from '../../domain/call-outcome-code';
import { interruptionReason, rollUpDebtor } from '../../domain/dunning/debtor-rollup';
import { evaluateInvoice, INTERRUPTION_KINDS, STAGES, type InvoiceInput, type StepRecord } from '../../domain/dunning/invoice-stage';
import { letterFit, standingFit } from '../../domain/dunning/letter-fit';
import { DEFAULT_BUSINESS_SCHEDULE, DEFAULT_CONSUMER_SCHEDULE, DEFAULT_SCHEDULES, DUNNING_ACTIONS, editSchedule, scheduleIssues } from '../../domain/dunning/schedule';
import { OFFICE_2026 } from '../../domain/dunning/test-calendar';
import { callDayHint, callTimeHint } from '../../domain/dunning/timing';
import { buildWorklist, LINE_ACTIONS, Snooze, snoozeIssue } from '../../domain/dunning/worklist';
import { DEFAULT_PRIORITY_WEIGHTS } from '../../domain/dunning/priority';
import type { Message } from '../../domain/message';
import { catalogue } from '../catalogue';
import { LANGUAGES } from '../format';
import { dunningMessages } from './dunning';
import { outcomeCodeMessages } from './outcome-codes';
import { worklistMessages } from './worklist';

function producedMessages(): Message[] {
  const out: Message[] = [];
  const b = [...DEFAULT_BUSINESS_SCHEDULE];
  for (const [kind, steps] of [
    ['business', []],
    ['business', [...b, { day: 12, action: 'reminder2' }, { day: 15, action: 'consumer14' }, { day: 40, action: 'call' }]],
    [
      'business',
      [
        { day: 5, action: 'reminder2' },
        { day: 8, action: 'reminder1' },
        { day: 9, action: 'hand_over' },
      ],
    ],
    ['business', b.map((s) => (s.action === 'reminder2' ? { ...s, day: 6 } : s.action === 'hand_over' ? { ...s, day: 23 } : s))],
    ['consumer', DEFAULT_CONSUMER_SCHEDULE.filter((s) => s.action !== 'consumer14')],
    ['consumer', DEFAULT_CONSUMER_SCHEDULE.map((s) => (s.action === 'reminder3' ? { ...s, day: 20 } : s))],
  ] as const)
    out.push(...scheduleIssues(kind, steps).map((i) => i.message));
  for (const edit of [
    { op: 'remove', index: 40 },
    { op: 'move', index: 0, day: 400 },
    { op: 'change', index: 0, action: 'fax' },
  ] as const)
    out.push(...(editSchedule('business', b, edit as never) as { issues: { message: Message }[] }).issues.map((i) => i.message));
  out.push(
    ...(
      editSchedule(
        'business',
        Array.from({ length: 30 }, () => ({ day: 2, action: 'call' as const })),
        { op: 'add', step: { day: 3, action: 'call' } },
      ) as { issues: { message: Message }[] }
    ).issues.map((i) => i.message),
  );

  const ctx = (today: string, kind: 'business' | 'consumer') => ({ today, kind, schedule: DEFAULT_SCHEDULES[kind], isWorkingDay: OFFICE_2026 });
  const blockedReasons = (records: StepRecord[], kind: 'business' | 'consumer', today = '2026-04-30') =>
    evaluateInvoice({ id: 1, dueDate: '2026-03-02', openCents: 1, records, interruptions: [] }, ctx(today, kind)).steps.flatMap((s) => (s.blocked ? [s.blocked.reason] : []));
  out.push(
    ...blockedReasons(
      [
        { action: 'reminder1', on: '2026-03-03' },
        { action: 'manager', on: '2026-03-30' },
      ],
      'business',
    ),
    ...blockedReasons(
      [
        { action: 'reminder3', on: '2026-04-28', termEndsOn: '2026-05-04' },
        { action: 'manager', on: '2026-04-28' },
      ],
      'business',
    ),
    ...blockedReasons(
      [
        { action: 'reminder3', on: '2026-04-01' },
        { action: 'manager', on: '2026-04-08' },
      ],
      'consumer',
    ),
    ...blockedReasons([{ action: 'consumer14', on: '2026-03-12' }], 'consumer'),
    ...blockedReasons([{ action: 'consumer14', on: '2026-04-20', termEndsOn: '2026-05-06' }], 'consumer'),
  );
  const debtorWith = (kind: 'business' | 'consumer', invoices: { dueDate: string; records?: StepRecord[]; interruptions?: InvoiceInput['interruptions'] }[]) =>
    rollUpDebtor(
      { debtorId: 1, kind, invoices: invoices.map((i, n) => ({ id: n + 1, openCents: 100, records: [], interruptions: [], ...i })) },
      { today: '2026-04-20', schedules: DEFAULT_SCHEDULES, isWorkingDay: OFFICE_2026 },
    );
  for (const [debtor, letter] of [
    [debtorWith('business', [{ dueDate: '2026-03-02' }]), 'consumer14'],
    [debtorWith('business', [{ dueDate: '2026-03-02', interruptions: [{ kind: 'plan', from: '2026-03-05', until: null }] }]), 'reminder2'],
    [debtorWith('business', [{ dueDate: '2026-03-02', interruptions: [{ kind: 'complaint', from: '2026-03-05', until: null }] }]), 'reminder2'],
    [debtorWith('business', [{ dueDate: '2026-03-02', interruptions: [{ kind: 'promise', from: '2026-04-15', until: '2026-04-24' }] }]), 'reminder2'],
    [debtorWith('business', [{ dueDate: '2026-05-02' }]), 'reminder1'],
    [debtorWith('business', [{ dueDate: '2026-03-02', records: [{ action: 'reminder2', on: '2026-03-12' }] }]), 'reminder1'],
  ] as const) {
    const fit = letterFit(debtor, letter);
    if (!fit.ok) out.push(fit.reason);
  }
  // A term reminder with no term late.
  const noLateTerm = standingFit({ kind: 'business', dunning: null, lateTerms: [] }, 'plan_term_reminder');
  if (!noLateTerm.ok) out.push(noLateTerm.reason);
  for (const kind of INTERRUPTION_KINDS) out.push(interruptionReason({ kind, effect: 'pause', since: '2026-03-02', until: '2026-03-20' }));

  const roll = (id: number, records: StepRecord[], dueDate = '2026-03-02') => ({
    id,
    name: `Debiteur ${id}`,
    brokenPromises: 0,
    dunning: rollUpDebtor(
      { debtorId: id, kind: 'business', invoices: [{ id, dueDate, openCents: 10_000, records, interruptions: [] }] },
      { today: '2026-04-14', schedules: DEFAULT_SCHEDULES, isWorkingDay: OFFICE_2026 },
    ),
  });
  const sent = (dueDate: string, upTo: number): StepRecord[] =>
    DEFAULT_BUSINESS_SCHEDULE.slice(0, upTo).map((s, i) => ({
      action: s.action,
      on: `${dueDate.slice(0, 8)}${String(3 + i).padStart(2, '0')}`,
      termEndsOn: s.action === 'reminder3' ? '2026-03-20' : null,
    }));
  const list = buildWorklist({
    today: '2026-04-14',
    now: '12:00',
    isWorkingDay: OFFICE_2026,
    settings: { weights: DEFAULT_PRIORITY_WEIGHTS, preventiveMinimumCents: 0 },
    debtors: [roll(1, []), roll(2, sent('2026-03-02', 2)), roll(3, sent('2026-03-02', 3)), roll(4, sent('2026-03-02', 7)), roll(5, sent('2026-03-02', 8))],
    callBacks: [
      { taskId: 1, debtorId: 1, dueDate: '2026-04-14', dueTime: null },
      { taskId: 2, debtorId: 2, dueDate: '2026-04-14', dueTime: '11:00' },
      { taskId: 3, debtorId: 3, dueDate: '2026-04-14', dueTime: '14:00' },
      { taskId: 4, debtorId: 4, dueDate: '2026-04-13', dueTime: null },
    ],
    promises: [
      { promiseId: 1, debtorId: 6, promisedDate: '2026-04-10', amountCents: 100, receivedCents: 0, status: 'broken' },
      { promiseId: 2, debtorId: 7, promisedDate: '2026-04-14', amountCents: 100, receivedCents: 0, status: 'pending' },
    ],
    lateInstallments: [{ planId: 1, installmentId: 1, debtorId: 8, seq: 1, dueDate: '2026-04-01', amountCents: 100, paidCents: 0 }],
    preventive: [{ debtorId: 9, invoiceId: 9, dueDate: '2026-04-24', openCents: 100, calledOn: null }],
    snoozes: [],
  });
  out.push(...list.lines.flatMap((l) => l.reasons.map((r) => r.message)));
  out.push(snoozeIssue({ key: 'call:1', until: '2026-04-14', reason: 'x' }, '2026-04-14')!.message);
  out.push(...Snooze.safeParse({ key: 'call:1', until: '2026-04-15', reason: ' ' }).error!.issues.map((i) => ({ key: i.message })));
  out.push(callTimeHint('12:00')!, callTimeHint('17:00')!);
  for (const [date, today] of [
    ['2026-04-16', '2026-04-14'],
    ['2026-04-16', '2026-04-16'],
    ['2026-04-18', '2026-04-14'],
  ])
    out.push(callDayHint(date!, { today: today!, isWorkingDay: OFFICE_2026 })!.message);

  // Labels the screens show, one per case of their select.
  for (const action of DUNNING_ACTIONS) out.push({ key: 'dunning.action', params: { action } }, { key: 'dunning.step', params: { action, day: 4, occurrence: 2 } });
  for (const stage of STAGES) out.push({ key: 'dunning.stage', params: { stage } });
  for (const action of LINE_ACTIONS) out.push({ key: 'worklist.action', params: { action } });
  for (const code of CALL_OUTCOME_CODES) out.push({ key: 'outcome_code.label', params: { code } });
  out.push({ key: 'worklist.timing.golden_hours' });
  return out;
}

const OTHER: Record<string, string[]> = {
  nl: ['Stap', 'stap', 'Onbekend', 'Actie', 'deze stap', 'Deze stap'],
  en: ['Step', 'step', 'Unknown', 'Action', 'this step', 'This step'],
};

describe('the dunning, worklist and outcome-code messages', () => {
  const produced = producedMessages();

  it('render every message the rules produce, in both languages, with nothing left unformatted', () => {
    const broken: string[] = [];
    for (const m of produced)
      for (const language of LANGUAGES) {
        if (!catalogue.has(m.key)) broken.push(`${m.key}: not in the catalogue`);
        try {
          const text = catalogue.format(m, language);
          if (/[{}]/.test(text) || OTHER[language]!.some((o) => text === o)) broken.push(`${m.key} (${language}): ${text}`);
        } catch (error) {
          broken.push(`${m.key} (${language}): ${(error as Error).message}`);
        }
      }
    expect(broken).toEqual([]);
  });

  it('every message of these areas is produced somewhere (no dead keys)', () => {
    const keys = new Set(produced.map((m) => m.key));
    const defined = [...Object.keys(dunningMessages), ...Object.keys(worklistMessages), ...Object.keys(outcomeCodeMessages)];
    expect(defined.filter((k) => !keys.has(k))).toEqual([]);
  });

  it('reads as Dutch to a Dutch collector', () => {
    expect(catalogue.format({ key: 'validation.dunning.ladder_order', params: { action: 'hand_over', before: 'reminder3' } }, 'nl')).toBe(
      'Het uit handen geven komt na de ingebrekestelling: kies een latere dag.',
    );
    expect(catalogue.format({ key: 'worklist.reason.letter', params: { letter: 'reminder2', count: 3, amount: { cents: 313_522 }, days: 12, late: 2 } }, 'nl')).toBe(
      'Aanmaning versturen: 3 facturen, € 3.135,22, 2 dagen te laat',
    );
    expect(catalogue.format({ key: 'worklist.reason.dunning_call', params: { occurrence: 2, count: 1, amount: { cents: 17_849 }, days: 14, late: 0 } }, 'en')).toBe(
      '2nd call of the dunning schedule: €178.49 overdue, up to 14 days past the due date',
    );
  });
});
