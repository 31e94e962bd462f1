import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { vi } from 'vitest';
import { answer, callsTo, renderIn } from '../../followup/test-helpers';
import { useCallPreparation, useSaveCall, useSaveRunningCall } from './calls';
import type { CallOutcome } from '../../../domain/call-outcome';

vi.mock('../../api/client', async (original) => ({ ...(await original<object>()), call: vi.fn() }));

const machine = { machineId: 'call-script', machineVersion: 1 };
const startedAt = '2026-12-02T09:00:00.000Z';

/** The ledger's running call as calls:prepare reports it: the last snapshot saved. */
function ledger() {
  let stored: Record<string, unknown> | null = null;
  let release: () => void = () => {};
  const mocked = answer({
    'calls:prepare': () => ({ active: stored && { status: 'resumable', snapshot: stored, startedAt, updatedAt: startedAt } }),
    // The snapshot reaches the ledger only when the test lets it: a save still on its way.
    'calls:active:save': ({ snapshot }: { snapshot: Record<string, unknown> }) =>
      new Promise((resolve) => {
        release = () => {
          stored = snapshot;
          resolve({ saved: true });
        };
      }),
    'calls:save': () => ({ callId: 7 }),
  } as never);
  return { mocked, release: () => release() };
}

function Preparation() {
  const prep = useCallPreparation({ debtorId: 1, ...machine });
  const snapshot = prep.data?.active?.status === 'resumable' ? (prep.data.active.snapshot as { step: string }) : null;
  return <p data-testid="resume-at">{prep.isSuccess ? (snapshot?.step ?? 'new call') : '…'}</p>;
}

/** A running call saving its step, left, and its call screen opened again. */
function CallLeftAndOpened() {
  const saveRunning = useSaveRunningCall(1);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => saveRunning.mutate({ debtorId: 1, ...machine, snapshot: { step: 'payment_date' }, startedAt })}>
        step
      </button>
      <button type="button" onClick={() => setOpen(true)}>
        open
      </button>
      {open && <Preparation />}
    </>
  );
}

describe('the call preparation', () => {
  it('waits for the running call’s last snapshot on its way, so the call resumes where it was left', async () => {
    const { mocked, release } = ledger();
    renderIn(<CallLeftAndOpened />);
    await userEvent.click(screen.getByRole('button', { name: 'step' }));
    await userEvent.click(screen.getByRole('button', { name: 'open' }));
    await waitFor(() => expect(callsTo(mocked, 'calls:active:save')).toHaveLength(1));
    expect(screen.getByTestId('resume-at')).toHaveTextContent('…');
    expect(callsTo(mocked, 'calls:prepare')).toEqual([]);
    release();
    await waitFor(() => expect(screen.getByTestId('resume-at')).toHaveTextContent('payment_date'));
    expect(callsTo(mocked, 'calls:prepare')).toHaveLength(1);
  });

  it('does not wait for the outcome’s save, which fetches the preparation again itself', async () => {
    ledger();
    function SaveOutcome() {
      const save = useSaveCall(1);
      return (
        <>
          <Preparation />
          <button type="button" onClick={() => save.mutate({ debtorId: 1 } as unknown as CallOutcome)}>
            save
          </button>
          {save.isSuccess && <p role="status">saved</p>}
        </>
      );
    }
    renderIn(<SaveOutcome />);
    await waitFor(() => expect(screen.getByTestId('resume-at')).toHaveTextContent('new call'));
    await userEvent.click(screen.getByRole('button', { name: 'save' }));
    expect(await screen.findByRole('status')).toHaveTextContent('saved');
  });
});
