import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { answer, callsTo, refusal, renderIn } from '../followup/test-helpers';
import { useDebtorFile } from './queries/debtors';
import { useRecordPayment } from './queries/payments';
import { ErrorLine } from '../app/status';
import type { ChannelOutput } from '../../ipc/contract';

vi.mock('../api/client', async (original) => ({ ...(await original<object>()), call: vi.fn() }));

type DebtorFile = ChannelOutput<'debtors:get'>;
const file = (id: number, totalOpenCents: number) =>
  ({ debtor: { id, name: `Debiteur ${id}` }, openInvoices: [], totalOpenCents }) as unknown as DebtorFile;

function Open({ id }: { id: number }) {
  const q = useDebtorFile(id);
  return <p data-testid={`open-${id}`}>{q.data?.totalOpenCents ?? '…'}</p>;
}

function Pay() {
  const record = useRecordPayment();
  return (
    <>
      <button type="button" onClick={() => record.mutate({ debtorId: 1, receivedOn: '2026-03-10', amountCents: 500 })}>pay</button>
      {record.isSuccess && <p role="status">done</p>}
      <ErrorLine error={record.error} />
    </>
  );
}

describe('a mutation and the queries it names', () => {
  it('shows the new open amount of the debtor it paid as soon as it is done, and leaves another debtor’s file alone', async () => {
    let open = 1000;
    const mocked = answer({
      'debtors:get': ({ id }) => (id === 1 ? file(1, open) : file(2, 2000)),
      'payments:record': () => {
        open -= 500;
        return { paymentId: 1, allocations: [], unallocatedCents: 0, installments: [], completedPlanId: null, keptPromiseIds: [] };
      },
    });
    renderIn(
      <>
        <Open id={1} />
        <Open id={2} />
        <Pay />
      </>,
    );
    await waitFor(() => expect(screen.getByTestId('open-2')).toHaveTextContent('2000'));
    expect(screen.getByTestId('open-1')).toHaveTextContent('1000');
    await userEvent.click(screen.getByRole('button', { name: 'pay' }));
    await screen.findByRole('status');
    // Pending until the file was fetched again: when it says done, the screen already shows 500.
    expect(screen.getByTestId('open-1')).toHaveTextContent('500');
    expect(callsTo(mocked, 'debtors:get')).toEqual([{ id: 1 }, { id: 2 }, { id: 1 }]);
  });

  it('shows a refusal in the UI language and fetches nothing again', async () => {
    const mocked = answer({
      'debtors:get': () => file(1, 1000),
      'payments:record': () => {
        throw refusal('errors.connection');
      },
    });
    renderIn(
      <>
        <Open id={1} />
        <Pay />
      </>,
    );
    await waitFor(() => expect(screen.getByTestId('open-1')).toHaveTextContent('1000'));
    await userEvent.click(screen.getByRole('button', { name: 'pay' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Geen verbinding met Belwijzer.');
    expect(callsTo(mocked, 'debtors:get')).toHaveLength(1);
  });
});
