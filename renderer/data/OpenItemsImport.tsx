// Open items from an accounting export: choose the file, check the columns (a preset or the mapping
// remembered for the source), see what the import would do row by row, then import. Nothing is written
// before "Inlezen"; a file with bad rows imports only after "alleen de goede rijen" is ticked.
import { useId, useState } from 'react';
import { useFormatMessage, useT } from '../i18n';
import { ErrorLine } from '../app/status';
import { useFormats } from '../format';
import { useConfirmOpenItems, useInspectOpenItems, usePreviewOpenItems } from '../state/queries/imports';
import { importFileOf } from './read-file';
import { OPEN_ITEM_FIELDS, PACKAGE_NAMES, PRESET_IDS, type ColumnMapping, type OpenItemField, type PresetId } from '../../domain/open-items';
import type { ImportFile, OpenItemsInspection } from '../../ipc/channels/imports';

const REQUIRED: readonly OpenItemField[] = ['debtorCode', 'debtorName', 'invoiceNumber', 'invoiceDate', 'dueDate', 'openAmount'];

export function OpenItemsImport() {
  const t = useT();
  const say = useFormatMessage();
  const id = useId();
  const [file, setFile] = useState<ImportFile | null>(null);
  const [presetId, setPresetId] = useState<PresetId>('generic');
  const [mapping, setMapping] = useState<ColumnMapping>({ columns: {} });
  const [sourceName, setSourceName] = useState('');
  const [fullExport, setFullExport] = useState(false);
  const [onlyValidRows, setOnlyValidRows] = useState(false);
  const [markPaid, setMarkPaid] = useState<number[]>([]);
  const inspect = useInspectOpenItems();
  const preview = usePreviewOpenItems();
  const confirm = useConfirmOpenItems();
  const inspection = inspect.data;
  const presetName = (p: PresetId) => (p === 'generic' ? t('importScreen.preset.generic') : PACKAGE_NAMES[p]);

  function adopt(ins: OpenItemsInspection) {
    const remembered = ins.sources[0];
    const fits = remembered && Object.values(remembered.mapping.columns).every((label) => !label || ins.headers.includes(label));
    if (fits) {
      setPresetId(remembered.presetId);
      setMapping(remembered.mapping);
      setSourceName(remembered.name);
    } else if (ins.suggestion) {
      setPresetId(ins.suggestion.presetId);
      setMapping(ins.suggestion.mapping);
      setSourceName(presetName(ins.suggestion.presetId));
    }
  }

  async function choose(chosen: File | undefined) {
    preview.reset();
    confirm.reset();
    if (!chosen) return;
    const read = await importFileOf(chosen);
    setFile(read);
    inspect.mutate({ file: read }, { onSuccess: adopt });
  }

  function choosePreset(p: PresetId) {
    setPresetId(p);
    preview.reset();
    if (file) inspect.mutate({ file, presetId: p }, { onSuccess: (ins) => ins.suggestion && (setMapping(ins.suggestion.mapping), setSourceName(presetName(p))) });
  }

  const setColumn = (field: OpenItemField, label: string) => {
    preview.reset();
    setMapping((m) => ({ ...m, columns: { ...m.columns, [field]: label === '' ? undefined : label } }));
  };
  const request = () => ({ file: file!, sourceName: sourceName.trim() || presetName(presetId), presetId, mapping, fullExport });
  const errors = preview.data?.issues.filter((i) => i.severity === 'error').length ?? 0;
  const busy = inspect.isPending || preview.isPending || confirm.isPending;
  const phase = inspect.isPending ? 'importScreen.progress.reading' : preview.isPending ? 'importScreen.progress.checking' : 'importScreen.progress.importing';

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('importScreen.openItems.title')}</h2>
      <p className="muted">{t('importScreen.openItems.help')}</p>
      <label>
        <span>{t('importScreen.file')}</span>
        <input type="file" name="openItemsFile" accept=".csv,.txt,.xlsx,text/csv" onChange={(e) => void choose(e.target.files?.[0])} />
      </label>
      {busy && (
        <p role="status" className="progress">
          <progress aria-label={t(phase)} /> {t(phase)}
        </p>
      )}
      <ErrorLine error={inspect.error ?? preview.error} />
      {inspection && inspection.fileErrors.length > 0 && (
        <ul role="alert" className="error">
          {inspection.fileErrors.map((m, i) => (
            <li key={i}>{say(m)}</li>
          ))}
        </ul>
      )}
      {inspection && inspection.fileErrors.length === 0 && (
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            confirm.reset();
            preview.mutate(request());
          }}
        >
          {inspection.warnings.map((w, i) => (
            <p key={i} className="muted">{say(w)}</p>
          ))}
          <fieldset>
            <legend>{t('importScreen.columns')}</legend>
            <label>
              <span>{t('importScreen.preset')}</span>
              <select name="preset" value={presetId} onChange={(e) => choosePreset(e.target.value as PresetId)}>
                {PRESET_IDS.map((p) => (
                  <option key={p} value={p}>{presetName(p)}</option>
                ))}
              </select>
            </label>
            <label>
              <span>{t('importScreen.source')}</span>
              <input name="sourceName" value={sourceName} onChange={(e) => setSourceName(e.target.value)} />
            </label>
            <table className="mapping">
              <thead>
                <tr>
                  <th scope="col">{t('importScreen.field')}</th>
                  <th scope="col">{t('importScreen.fileColumn')}</th>
                  <th scope="col">{t('importScreen.example')}</th>
                </tr>
              </thead>
              <tbody>
                {OPEN_ITEM_FIELDS.map((field) => {
                  const label = mapping.columns[field] ?? '';
                  const example = label ? inspection.preview[0]?.[inspection.headers.indexOf(label)] : '';
                  return (
                    <tr key={field}>
                      <th scope="row">
                        <label htmlFor={`${id}-${field}`}>
                          {t(`import.field.${field}`)}
                          {REQUIRED.includes(field) && ' *'}
                        </label>
                      </th>
                      <td>
                        <select id={`${id}-${field}`} name={field} value={label} onChange={(e) => setColumn(field, e.target.value)}>
                          <option value="">{t('importScreen.notInFile')}</option>
                          {inspection.headers.map((h) => (
                            <option key={h} value={h}>{h}</option>
                          ))}
                        </select>
                      </td>
                      <td className="muted">{example}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            {!mapping.columns.dueDate && (
              <label>
                <span>{t('importScreen.termDays')}</span>
                <input
                  name="dueDateTermDays"
                  type="number"
                  min={0}
                  max={365}
                  value={mapping.dueDateTermDays ?? ''}
                  onChange={(e) => setMapping((m) => ({ ...m, dueDateTermDays: e.target.value === '' ? undefined : Number(e.target.value) }))}
                />
              </label>
            )}
            <label className="check">
              <input type="checkbox" name="fullExport" checked={fullExport} onChange={(e) => setFullExport(e.target.checked)} />
              <span>{t('importScreen.fullExport')}</span>
            </label>
          </fieldset>
          <button type="submit" disabled={busy}>{t('importScreen.preview')}</button>
        </form>
      )}
      {preview.data && (
        <PreviewResult
          preview={preview.data}
          errors={errors}
          onlyValidRows={onlyValidRows}
          setOnlyValidRows={setOnlyValidRows}
          markPaid={markPaid}
          setMarkPaid={setMarkPaid}
          busy={busy}
          onImport={() => confirm.mutate({ ...request(), onlyValidRows, markPaid }, { onSuccess: () => preview.reset() })}
        />
      )}
      <ErrorLine error={confirm.error} />
      {confirm.data && (
        <p role="status" className="ok">
          {t('importScreen.done', {
            newInvoices: confirm.data.counts.newInvoices,
            updated: confirm.data.counts.updatedInvoices,
            newDebtors: confirm.data.counts.newDebtors,
            paid: confirm.data.counts.paidPerBookkeeping + confirm.data.markedPaid,
          })}
        </p>
      )}
    </section>
  );
}

function PreviewResult(props: {
  preview: NonNullable<ReturnType<typeof usePreviewOpenItems>['data']>;
  errors: number;
  onlyValidRows: boolean;
  setOnlyValidRows: (v: boolean) => void;
  markPaid: number[];
  setMarkPaid: (ids: number[]) => void;
  busy: boolean;
  onImport: () => void;
}) {
  const t = useT();
  const f = useFormats();
  const say = useFormatMessage();
  const { preview } = props;
  if (preview.fileErrors.length > 0)
    return (
      <ul role="alert" className="error">
        {preview.fileErrors.map((m, i) => (
          <li key={i}>{say(m)}</li>
        ))}
      </ul>
    );
  const c = preview.counts;
  return (
    <section aria-label={t('importScreen.previewTitle')} className="import-preview">
      <p>{t('importScreen.summary', { rows: c.dataRows, valid: c.valid, errors: c.withErrors, newInvoices: c.newInvoices, updated: c.updatedInvoices, newDebtors: c.newDebtors, paid: c.paidPerBookkeeping })}</p>
      {preview.issues.length > 0 && (
        <table className="issues">
          <caption>{t('importScreen.issues', { count: preview.issueCount })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('importScreen.row')}</th>
              <th scope="col">{t('importScreen.fileColumn')}</th>
              <th scope="col">{t('importScreen.problem')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.issues.map((issue, i) => (
              <tr key={i} className={issue.severity}>
                <td>{issue.row}</td>
                <td>{issue.column ?? ''}</td>
                <td>
                  {issue.severity === 'error' ? t('importScreen.error') : t('importScreen.warning')}: {say(issue.message)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {preview.missing.length > 0 && (
        <fieldset>
          <legend>{t('importScreen.missing', { count: preview.missing.length })}</legend>
          {preview.missing.map((m) => (
            <label key={m.invoiceId} className="check">
              <input
                type="checkbox"
                checked={props.markPaid.includes(m.invoiceId)}
                onChange={(e) => props.setMarkPaid(e.target.checked ? [...props.markPaid, m.invoiceId] : props.markPaid.filter((x) => x !== m.invoiceId))}
              />
              <span>
                {m.number} · {m.debtorName} · {f.money(m.openCents)}
              </span>
            </label>
          ))}
        </fieldset>
      )}
      {props.errors > 0 && (
        <label className="check">
          <input type="checkbox" name="onlyValidRows" checked={props.onlyValidRows} onChange={(e) => props.setOnlyValidRows(e.target.checked)} />
          <span>{t('importScreen.onlyValidRows', { count: c.valid })}</span>
        </label>
      )}
      <button type="button" className="primary" disabled={props.busy || (props.errors > 0 && !props.onlyValidRows)} onClick={props.onImport}>
        {t('importScreen.import')}
      </button>
    </section>
  );
}
