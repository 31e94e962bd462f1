// Klachten: the complaint register across debtors, narrowed by status, with each complaint's next steps;
// a page at a time, newest first.
import { useState } from 'react';
import { useT } from '../i18n';
import { ErrorLine } from '../app/status';
import { useComplaintPages } from '../state/queries/complaints';
import { ComplaintCard } from './ComplaintCard';
import { Filter, MoreButton } from './shared';
import { ComplaintFilter } from '../../ipc/channels/complaints';

const FILTERS = ComplaintFilter.options;

export function ComplaintsScreen({ today, collector }: { today: string; collector: string }) {
  const t = useT();
  const [status, setStatus] = useState<ComplaintFilter>('all');
  const list = useComplaintPages(status);
  const rows = list.rows;
  return (
    <section aria-labelledby="complaints-title" className="followup">
      <header className="screen-header">
        <h1 id="complaints-title">{t('followup.complaints.title')}</h1>
        <p className="muted">{t('followup.complaints.subtitle')}</p>
      </header>
      <Filter
        label={t('followup.complaints.filter')}
        value={status}
        options={FILTERS.map((f) => ({ value: f, label: t(`followup.complaints.filter.${f}`) }))}
        onChange={setStatus}
      />
      <ErrorLine error={list.error} />
      {list.isSuccess && rows.length === 0 && <p className="muted">{t('followup.complaints.none')}</p>}
      <div className="stack">
        {rows.map((c) => (
          <ComplaintCard key={c.id} complaint={c} debtor={c.debtor} today={today} collector={collector} />
        ))}
      </div>
      <MoreButton list={list} />
    </section>
  );
}
