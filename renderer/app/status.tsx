// How a screen shows what its queries and mutations are doing: loading, and what went wrong in the
// UI language (a refusal from the handlers, a check of a form, or the connection).
import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { errorText } from '../api/error-text';
import { useLanguage, useT } from '../i18n';

export function ErrorLine({ error, className = '' }: { error: unknown; className?: string }) {
  const language = useLanguage();
  if (!error) return null;
  return <p role="alert" className={`error ${className}`.trim()}>{errorText(error, language)}</p>;
}

export function Loading() {
  const t = useT();
  return <p className="muted">{t('app.loading')}</p>;
}

/** A query's data once it is there; until then "loading" or why it failed. A later failure shows above the data. */
export function WhenLoaded<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  if (query.data === undefined) return query.isError ? <ErrorLine error={query.error} /> : <Loading />;
  return (
    <>
      <ErrorLine error={query.error} />
      {children(query.data)}
    </>
  );
}
