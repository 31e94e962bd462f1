import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LetterView } from './LetterView';
import { PrintToolbar } from './PrintToolbar';
import { composeHandoverDossier, composePlanAgreement, composeReminder1 } from '../../domain/letters';
import { ctx, LEEFLANG_INVOICES } from '../../domain/letters/test-fixtures';

const reminder = composeReminder1({ ...ctx('2026-05-22'), open: LEEFLANG_INVOICES });

describe('LetterView', () => {
  it('puts the recipient in the window block under the return address, then place, date and subject', () => {
    const { container } = render(<LetterView letter={reminder} />);
    const address = screen.getByTestId('letter-recipient');
    expect(address).toHaveTextContent('Leeflang & Zn');
    expect(address.innerHTML.split('<br>')).toEqual(['Leeflang &amp; Zn', 't.a.v. mevrouw J. de Boer', 'Dorpsstraat 123', '4567 AB Weesp']);
    expect(container.querySelector('.letter-window .letter-return')).toHaveTextContent('Shoepro BV · Industrieweg 10 · 1381 AA Weesp');
    expect(screen.getByText('Weesp, 22 mei 2026')).toBeInTheDocument();
    expect(screen.getByText('Betreft: Betalingsherinnering')).toBeInTheDocument();
    expect(screen.getByText('Geachte mevrouw De Boer,')).toBeInTheDocument();
    expect(container.querySelector('.letter-company')).toHaveTextContent('IBAN NL91 ABNA 0417 1643 00');
  });

  it('shows the invoice table with right-aligned amounts and the total € 3.135,22', () => {
    render(<LetterView letter={reminder} />);
    const table = screen.getByRole('table', { name: 'Overzicht openstaande facturen' });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual([
      'FactuurnummerFactuurdatumVervaldatumOpenstaand',
      '12301-05-202615-05-2026€ 178,49',
      '45602-05-202616-05-2026€ 2.898,24',
      '78903-05-202617-05-2026€ 58,49',
      'Totaal openstaand€ 3.135,22',
    ]);
    for (const cell of within(table).getAllByText(/^€ /)) expect(cell).toHaveClass('num');
  });

  it('closes with the signature of our company, the collector and their role', () => {
    const { container } = render(<LetterView letter={reminder} />);
    expect(container.querySelector('.letter-signature')).toHaveTextContent('Shoepro BVSanne de VriesCredit Manager');
    expect(screen.getByText('Met vriendelijke groet,')).toBeInTheDocument();
  });

  it('gives the plan agreement lines for the debtor to sign, after our signature', () => {
    const plan = composePlanAgreement({
      ...ctx('2026-06-04'),
      open: LEEFLANG_INVOICES,
      plan: { id: 1, agreedOn: '2026-06-03', invoiceIds: LEEFLANG_INVOICES.map((i) => i.id), totalCents: 313_522, installments: [{ seq: 1, dueDate: '2026-06-15', amountCents: 313_522 }] },
    });
    const { container } = render(<LetterView letter={plan} />);
    const box = container.querySelector('.letter-sign-box')!;
    expect(box).toHaveTextContent('Voor akkoord, Leeflang & Zn');
    expect([...box.querySelectorAll('.letter-sign-line')].map((l) => l.textContent)).toEqual(['Naam', 'Plaats', 'Datum', 'Handtekening']);
    expect(container.querySelector('.letter-signature')!.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('prints the dossier without a window address, its title in its place', () => {
    const dossier = composeHandoverDossier({
      ...ctx('2026-06-12'),
      contact: { phone: null, email: null, contactName: null, contactRole: null, contactPhone: null, contactEmail: null },
      open: LEEFLANG_INVOICES,
      sent: [],
      payments: [],
      calls: [],
      complaints: [],
      promises: [],
      plans: [],
      paid: { costsCents: 0, interestCents: 0 },
    });
    render(<LetterView letter={dossier} />);
    expect(screen.queryByTestId('letter-recipient')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Overdrachtsdossier vordering op Leeflang & Zn' })).toBeInTheDocument();
  });
});

describe('PrintToolbar', () => {
  afterEach(() => {
    delete window.belwijzer;
    vi.restoreAllMocks();
  });

  it('falls back to the browser’s print dialog in the preview, by button and by Ctrl+P', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    render(<PrintToolbar fileName="10023-reminder1-2026-05-22.pdf" />);
    await userEvent.click(screen.getByRole('button', { name: /Afdrukken/ }));
    await userEvent.keyboard('{Control>}p{/Control}');
    expect(print).toHaveBeenCalledTimes(2);
  });

  it('asks Electron for a PDF by button and by Ctrl+S and says where it was saved', async () => {
    const bridgePrint = vi.fn().mockResolvedValue({ ok: true, data: { savedTo: '/home/sanne/10023-reminder1-2026-05-22.pdf' } });
    window.belwijzer = { invoke: vi.fn(), print: bridgePrint };
    render(<PrintToolbar fileName="10023-reminder1-2026-05-22.pdf" />);
    expect(screen.getByRole('button', { name: /Opslaan als PDF/ })).toHaveTextContent('Ctrl+S');
    await userEvent.click(screen.getByRole('button', { name: /Opslaan als PDF/ }));
    expect(bridgePrint).toHaveBeenCalledWith({ mode: 'pdf', suggestedFileName: '10023-reminder1-2026-05-22.pdf' });
    expect(await screen.findByRole('status')).toHaveTextContent('Opgeslagen als /home/sanne/10023-reminder1-2026-05-22.pdf');
    await userEvent.keyboard('{Control>}s{/Control}');
    expect(bridgePrint).toHaveBeenCalledTimes(2);
  });

  it('shows why printing failed', async () => {
    window.belwijzer = { invoke: vi.fn(), print: vi.fn().mockResolvedValue({ ok: false, error: { code: 'not_allowed', message: { key: 'errors.print_failed' } } }) };
    render(<PrintToolbar fileName="x.pdf" />);
    await userEvent.click(screen.getByRole('button', { name: /Afdrukken/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Afdrukken is geannuleerd of mislukt.');
  });
});
