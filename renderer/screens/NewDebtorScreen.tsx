// A new debtor, entered by hand; the debtor file opens once it is saved.
import { useT } from '../i18n';
import { navigate } from '../app/router';
import { useCreateDebtor } from '../state/queries/ledger-entries';
import { DebtorForm, EMPTY_DEBTOR } from './DebtorForm';

export function NewDebtorScreen() {
  const t = useT();
  const create = useCreateDebtor();
  return (
    <section aria-labelledby="new-debtor-title">
      <header className="screen-header">
        <a href="#/debtors" className="back">← {t('debtor.back')}</a>
        <h1 id="new-debtor-title">{t('debtorForm.new')}</h1>
      </header>
      <DebtorForm
        initial={EMPTY_DEBTOR}
        submitLabel="debtorForm.create"
        busy={create.isPending}
        error={create.error}
        onSubmit={(fields) => create.mutate(fields, { onSuccess: (file) => navigate({ name: 'debtor', id: file.debtor.id }) })}
      />
    </section>
  );
}
