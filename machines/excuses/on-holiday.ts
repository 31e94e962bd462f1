// "De verantwoordelijke is op vakantie" (seed 000): keep asking who pays — the replacement, the
// manager, up to the director ("de salarissen worden ook betaald"); else a call-back appointment.
import { choice, go, step, submit } from '../call-step';
import { defineExcuse } from './excuse-module';
import { onHolidayMessages as messages } from './on-holiday.messages';

/** One level of asking: someone who pays is on the line, or ask for the next level up. */
const level = (reached: string, notAvailable: string, next: string) => [
  choice('REACHED', reached, '1', go('#commitment', { what: 'reached' })),
  choice('NOT_AVAILABLE', notAvailable, '2', go(next)),
];

export const onHoliday = defineExcuse({
  excuse: 'on_holiday',
  hotkey: '9',
  messages,
  steps: [
    step('onHolidayReplacement', level('choice.replacement_reached', 'choice.ask_manager', '#onHolidayManager')),
    step('onHolidayManager', level('choice.manager_reached', 'choice.ask_director', '#onHolidayDirector')),
    step('onHolidayDirector', level('choice.director_reached', 'choice.director_not_available', '#holidayAppointment')),
    step('holidayAppointment', [
      choice('SUBMIT_APPOINTMENT', 'choice.appointment', '1', submit('#anythingElse', { what: 'appointment', title: 'task.call_back.director' }), 'appointment'),
    ]),
  ],
});
