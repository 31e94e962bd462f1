// The call screen in English: a whole call — dial, the right person, a disputed invoice with earlier
// complaints, a complaint resolved on the phone, a vague date refused, a promise, the recap — shows
// no Dutch in the script, the buttons, the forms, the refusals or the recap. (The debtor's own data
// stays as it was entered; this call's data is English so any Dutch word is the app's.)
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { LiveCall } from './LiveCall';
import { callInputFrom } from './CallScreen';
import { I18nProvider } from '../i18n';
import { callPrep } from './test-prep';
import type { CallOutcome } from '../../domain/call-outcome';
import { catalogue } from '../../i18n/catalogue';

// This call's own data is English, so a Dutch word on screen can only be the app's.
const prep = callPrep({
  debtor: { addressLine: 'Main Street 1', contactName: 'Ms J. Boer', contactRole: 'accounts payable' },
  collector: 'Sam Smith',
  tone: 'vriendelijk',
  language: 'en',
  complaints: [{ id: 3, description: 'Wrong size delivered', status: 'opgelost', invoiceIds: [1], invoiceNumbers: ['123'], openedOn: '2026-10-30', resolution: 'Exchanged' }],
  promises: [],
  reminders: [],
});

// Words only Dutch uses (the script's, the buttons', the forms'): none may show in English.
const DUTCH =
  /\b(de|het|een|van|op|uw|wij|ik|naar|niet|wordt|factuur|facturen|betaling|betaalbelofte|terugbellen|klacht|gesprek|stap|toon|bellen|vastleggen|annuleren|notities|verder|niets|afronden|morgen|uiterlijk|termijnen|zakelijk|vriendelijk|streng|maart|mei|oktober)\b/i;

describe('the call screen in English', () => {
  // A whole call typed key by key: seconds on a loaded machine.
  it('shows no Dutch from the first step to the recap', { timeout: 60_000 }, async () => {
    const save = vi.fn<(outcome: CallOutcome) => void>();
    render(
      <I18nProvider language="en">
        <LiveCall kind="collection" prep={prep} input={callInputFrom(prep, new Date('2026-11-23T09:40:00Z'))} persist={() => {}} save={save} onLeave={() => {}} />
      </I18nProvider>,
    );
    const user = userEvent.setup();
    const script = () => screen.getByRole('region', { name: 'Call script' });
    const seen: string[] = [];
    /** The script area and the header (the debtor panel holds the debtor's own data). */
    const check = (where: string) => {
      const text = `${script().textContent} ${screen.getByRole('banner').textContent} ${[...document.querySelectorAll('input[placeholder]')].map((i) => i.getAttribute('placeholder')).join(' ')}`;
      seen.push(where);
      expect(text, `${where}: ${text}`).not.toMatch(DUTCH);
    };
    const at = async (n: number) => within(script()).findByText(`Step ${n}`);

    // The debtor file beside the script shows English money too.
    expect(screen.getByTestId('call-total')).toHaveTextContent('€3,135.22');
    check('preparation');
    expect(screen.getByTestId('script-text')).toHaveTextContent(/^Preparation: go through the invoices of Leeflang & Zn calmly \(€3,135\.22\)/);
    await user.keyboard('{Enter}');
    await at(2);
    check('greeting');
    expect(screen.getByTestId('script-text')).toHaveTextContent(/^Good (morning|afternoon|evening)! This is Sam Smith from Shoepro BV/); // the clock at dialling
    await user.keyboard('1');
    await at(3);
    check('purpose');
    expect(screen.getByTestId('script-text')).toHaveTextContent('123 of 26 October 2026 (€178.49), 456 of 26 October 2026 (€2,898.24) and 789 of 26 October 2026 (€58.49)');

    await user.keyboard('4'); // "The invoice is incorrect"
    await at(4);
    expect(screen.getByTestId('script-aside')).toHaveTextContent('Earlier complaints:30 October 2026 (123): Wrong size delivered [resolved] — Exchanged');
    check('invoice incorrect');
    await user.keyboard('1'); // register the complaint
    await user.click(screen.getByRole('checkbox', { name: /Invoice 456/ }));
    await user.type(screen.getByRole('textbox', { name: 'Description' }), 'Two pairs too many');
    check('complaint form');
    await user.keyboard('{Enter}');
    await at(5);
    check('complaint handling');
    await user.keyboard('2'); // resolve now
    await user.keyboard('Credit note promised{Enter}');
    await at(6);
    check('commitment');
    await user.keyboard('1'); // promise to pay
    await user.keyboard('next week{Enter}');
    expect(await within(script()).findByRole('alert')).toHaveTextContent('"next week" is not a concrete date.');
    check('refused date');
    // The amount field shows and reads English notation; the date is typed as English writes it.
    expect(screen.getByRole('textbox', { name: 'Amount' })).toHaveValue('3,135.22');
    expect(screen.getByText('= €3,135.22')).toBeInTheDocument();
    const date = screen.getByRole('textbox', { name: /Payment date|Date/ });
    await user.clear(date);
    await user.type(date, '30/11/2026{Enter}');
    await at(7);
    check('anything else');
    await user.keyboard('0'); // nothing else
    await at(8);
    const recap = screen.getByRole('list', { name: 'Commitments to read back' });
    expect(recap).toHaveTextContent('You will pay €3,135.22 by 30 November 2026 at the latest.');
    expect(recap).toHaveTextContent('Your complaint about invoice 456 has been resolved: Credit note promised.');
    check('recap');
    await user.keyboard('{Enter}');
    await act(async () => {});
    expect(save).toHaveBeenCalledTimes(1);
    const outcome = save.mock.calls[0]![0];
    for (const line of outcome.summary) expect(catalogue.format(line, 'en')).not.toMatch(DUTCH);
    expect(seen).toHaveLength(10);
  });
});
