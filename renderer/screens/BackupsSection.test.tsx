// Backups in Settings with the handlers answered: the list, a backup made now, and a restore that asks
// first and sends nothing until confirmed.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { BackupsSection } from './BackupsSection';
import { answer, callsTo, renderIn } from '../followup/test-helpers';

vi.mock('../api/client', async (original) => ({ ...(await original<object>()), call: vi.fn() }));

const backup = { name: 'belwijzer-backup-2026-12-01T08-00-00-000Z.sqlite', madeAt: '2026-12-01T08:00:00.000Z', bytes: 40960 };

it('lists the backups, makes one, and restores only after the collector confirms', async () => {
  const user = userEvent.setup();
  const mocked = answer({
    'backups:list': () => ({ folder: '/data/backups/belwijzer', keep: 14, backups: [backup] }),
    'backups:make': () => ({ ...backup, name: 'belwijzer-backup-2026-12-02T08-00-00-000Z.sqlite', removed: 0 }),
  });
  renderIn(<BackupsSection />);
  expect(await screen.findByText(/bewaart de laatste 14/)).toHaveTextContent('/data/backups/belwijzer');
  expect(screen.getByRole('listitem')).toHaveTextContent('01-12-2026 09:00 · 40 kB');
  await user.click(screen.getByRole('button', { name: 'Backup maken' }));
  expect(await screen.findByRole('status')).toHaveTextContent('Backup gemaakt en gecontroleerd: belwijzer-backup-2026-12-02T08-00-00-000Z.sqlite');
  await user.click(screen.getByRole('button', { name: 'Backup terugzetten' }));
  expect(screen.getByText(/Alles wat na deze backup is vastgelegd verdwijnt/)).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Annuleren' }));
  await waitFor(() => expect(callsTo(mocked, 'backups:restore')).toEqual([]));
});
