// "Het systeem werkt nu niet" (seed 001): a transfer can be made through online banking — a date, or a
// call-back once the system works again.
import { choice, step, submit } from '../call-step';
import { defineExcuse } from './excuse-module';
import { systemDownMessages as messages } from './system-down.messages';

export const systemDown = defineExcuse({
  excuse: 'system_down',
  hotkey: 'c',
  messages,
  steps: [
    step('systemDown', [
      choice('SUBMIT_PROMISE', 'choice.promise', '1', submit('#anythingElse', { what: 'promise' }), 'promise'),
      choice('SUBMIT_APPOINTMENT', 'choice.appointment', '2', submit('#anythingElse', { what: 'appointment', title: 'task.call_back.system_down' }), 'appointment'),
    ]),
  ],
});
