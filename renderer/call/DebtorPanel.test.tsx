// The delivery stop on the call screen (issue 13.6): the collector sees it before dialling, with seed
// 000's tip to offer the withheld order against payment, in the UI language.
import { render, screen } from '@testing-library/react';
import { I18nProvider } from '../i18n';
import { DebtorPanel } from './DebtorPanel';
import { callPrep } from './test-prep';

describe('the delivery stop on the debtor panel', () => {
  it('says since when nothing is delivered and what to offer in return for payment', () => {
    render(<I18nProvider language="nl"><DebtorPanel prep={callPrep({ debtor: { deliveryStop: true, deliveryStopOn: '2026-03-13' } })} /></I18nProvider>);
    const stop = screen.getByRole('region', { name: 'Leveringsstop' });
    expect(stop.textContent).toContain('Er wordt niet geleverd sinds 13-03-2026.');
    expect(stop.textContent).toContain('lever de vastgehouden bestelling uit zodra er betaald is');
  });

  it('in English too, and not at all without a stop', () => {
    const { unmount } = render(<I18nProvider language="en"><DebtorPanel prep={callPrep({ debtor: { deliveryStop: true, deliveryStopOn: '2026-03-13' } })} /></I18nProvider>);
    expect(screen.getByRole('region', { name: 'Delivery stop' }).textContent).toContain('release the withheld order once it is paid');
    unmount();
    render(<I18nProvider language="nl"><DebtorPanel prep={callPrep()} /></I18nProvider>);
    expect(screen.queryByRole('region', { name: 'Leveringsstop' })).toBeNull();
  });
});
