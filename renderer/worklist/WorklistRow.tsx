// One line of the worklist: when (a call-back's time, or how late), who, what to do and why — every
// reason the line is there, the most urgent first — and the amount at stake.
import type { CSSProperties } from 'react';
import { useFormatMessage, useT } from '../i18n';
import { useFormats } from '../format';
import { Tag } from '../followup/shared';
import type { WorklistLine } from '../../ipc/channels/worklist';

interface Props {
  line: WorklistLine;
  index: number;
  selected: boolean;
  onSelect: () => void;
  onStart: () => void;
  onOpen: () => void;
  /** The virtual list measures each row (its reasons make it taller). */
  rowRef?: (element: HTMLLIElement | null) => void;
  /** Where the virtual list places the row. */
  style?: CSSProperties;
}

export function WorklistRow({ line, index, selected, onSelect, onStart, onOpen, rowRef, style }: Props) {
  const t = useT();
  const f = useFormats();
  const say = useFormatMessage();
  const [first, ...more] = line.reasons;
  // An appointment whose time has passed is marked (a day late is said in the reason itself).
  const appointmentMissed = line.reasons.some((r) => r.kind === 'call_back' && r.overdue);
  return (
    <li
      ref={rowRef}
      style={style}
      data-index={index}
      data-testid="worklist-line"
      data-key={line.key}
      aria-current={selected ? 'true' : undefined}
      className={`worklist-line ${line.action}${appointmentMissed ? ' overdue' : ''}`}
      onClick={onSelect}
      onDoubleClick={onStart}
    >
      <span className="when">
        {line.at ?? ''}
        {appointmentMissed && <Tag tone="bad">{t('worklist.screen.overdue')}</Tag>}
      </span>
      <span className="who">
        <a href={`#/debtors/${line.debtorId}`}>{line.debtorName}</a>
      </span>
      <span className="what">
        <Tag tone={line.action === 'call' ? 'info' : undefined}>{say({ key: 'worklist.action', params: { action: line.action } })}</Tag>{' '}
        {first && <span className="reason">{say(first.message)}</span>}
        {more.length > 0 && (
          <ul className="more-reasons">
            {more.map((r, i) => (
              <li key={i}>{say(r.message)}</li>
            ))}
          </ul>
        )}
      </span>
      <span className="amount">{f.money(line.amountCents)}</span>
      <span className="buttons">
        <button type="button" onClick={onStart} tabIndex={selected ? 0 : -1}>
          {t(line.action === 'call' ? 'worklist.screen.startCall' : 'worklist.screen.doIt')} {selected && <kbd>Enter</kbd>}
        </button>
        <button type="button" onClick={onOpen} tabIndex={selected ? 0 : -1}>
          {t('worklist.screen.openFile')} {selected && <kbd>O</kbd>}
        </button>
      </span>
    </li>
  );
}
