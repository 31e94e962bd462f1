import { useT } from '../i18n';

/** The end of every form on the call screen: its error, then record (Enter) and cancel (Esc). */
export function FormActions({ error, onCancel, submitLabel }: { error: string | null; onCancel: () => void; submitLabel?: string }) {
  const t = useT();
  return (
    <>
      {error && <p role="alert" className="error">{error}</p>}
      <div className="form-actions">
        <button type="submit" className="primary">{submitLabel ?? t('call.submit')} <kbd>Enter</kbd></button>
        <button type="button" onClick={onCancel}>{t('call.cancel')} <kbd>Esc</kbd></button>
      </div>
    </>
  );
}
