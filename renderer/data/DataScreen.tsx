// "Gegevens": the bookkeeping's open items and the bank's statements in, lists out.
import { useT } from '../i18n';
import { OpenItemsImport } from './OpenItemsImport';
import { BankImport } from './BankImport';
import { Exports } from './Exports';
import './data.css';

export function DataScreen() {
  const t = useT();
  return (
    <section aria-labelledby="data-title" className="data-screen">
      <header className="screen-header">
        <h1 id="data-title">{t('importScreen.title')}</h1>
      </header>
      <OpenItemsImport />
      <BankImport />
      <Exports />
    </section>
  );
}
