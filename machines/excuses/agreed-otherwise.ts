// "Ik heb met uw collega wat anders afgesproken" (seed 001): with whom, and what exactly — checked with
// that colleague today.
import { assertEvent } from 'xstate';
import { messagesOf } from '../../domain/message-text';
import { addTask } from '../call-data';
import { choice, step, submit } from '../call-step';
import { defineExcuse } from './excuse-module';
import { agreedOtherwiseMessages as messages } from './agreed-otherwise.messages';

const text = messagesOf(messages);

export const agreedOtherwise = defineExcuse({
  excuse: 'agreed_otherwise',
  hotkey: 'd',
  messages,
  steps: [
    step('agreedOtherwise', [
      choice('SUBMIT_OTHER_AGREEMENT', 'choice.other_agreement', '1', submit('#commitment', { what: 'agreed_otherwise/check' }), 'otherAgreement'),
    ]),
  ],
  recorders: {
    check: (context, event) => {
      assertEvent(event, 'SUBMIT_OTHER_AGREEMENT');
      const colleague = event.colleague.trim();
      return addTask(context.data, {
        type: 'other',
        title: text('task.check_other_agreement', { colleague, description: event.description.trim() }),
        dueDate: context.input.today,
        recap: text('recap.check_other_agreement', { colleague }),
      });
    },
  },
});
