// One field of a settings form with what is wrong with it beside it, in the UI language: the control says
// it is invalid (aria-invalid) and points at the words (aria-describedby), so a screen reader reads them
// with the field. The words sit outside the <label>, so the field's name stays its label alone.
import { useId, type ReactNode } from 'react';
import { useFormatMessage } from '../i18n';
import type { Message } from '../../domain/message';

export interface FieldControl {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** A validation message reads as a fragment after a path ("vul dit in"); beside its field it is a sentence. */
export const asSentence = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** The error beside a control, and the attributes that tie the control to it. */
export function useFieldError(issue: Message | null | undefined): { control: Omit<FieldControl, 'id'>; error: ReactNode } {
  const say = useFormatMessage();
  const errorId = `${useId()}-error`;
  return {
    control: { 'aria-invalid': issue ? true : undefined, 'aria-describedby': issue ? errorId : undefined },
    error: issue ? (
      <span id={errorId} className="field-error">
        {asSentence(say(issue))}
      </span>
    ) : null,
  };
}

export function Field({ label, issue, children }: { label: string; issue?: Message | null; children: (control: FieldControl) => ReactNode }) {
  const id = useId();
  const { control, error } = useFieldError(issue);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="field-control">
        {children({ id, ...control })}
        {error}
      </div>
    </div>
  );
}

/**
 * After a refused save or addition: focus on the first field that says it is invalid. In a group, the
 * first field the collector typed in (a closing day typed but not added), else its first control.
 */
export function focusFirstInvalid(within: HTMLElement | null): boolean {
  const invalid = within?.querySelector<HTMLElement>('[aria-invalid="true"]');
  const typed = [...(invalid?.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input:not([type="checkbox"]):not([type="radio"]), textarea') ?? [])].find((f) => f.value !== '');
  const control = invalid?.matches('input, select, textarea, button') ? invalid : (typed ?? invalid?.querySelector<HTMLElement>('input, select, textarea, button'));
  // In the middle of the window: not under the Save bar that sticks to its bottom.
  control?.focus({ preventScroll: true });
  control?.scrollIntoView?.({ block: 'center' });
  return !!control;
}
