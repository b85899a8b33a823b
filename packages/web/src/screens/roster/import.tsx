import type { ImportKind, ImportReportResponse as ImportReport } from '@mentora/core/types';
import type { ComponentChild } from 'preact';
import { useState } from 'preact/hooks';
import { ApiError, api } from '../../app/api';
import { formatNumber } from '../../app/format';
import { programId } from '../../app/session';
import { t } from '../../i18n';
import { ErrorBox } from '../../ui/error-box';
import { Choices, Field } from '../../ui/field';
import { FieldValue, Ltr } from '../../ui/ltr';
import { OnlineOnly } from '../../ui/online-only';
import { PhoneNumber } from '../../ui/phone';

const KINDS: ImportKind[] = ['schools', 'teachers'];
const COLUMNS: Record<ImportKind, string[]> = {
  schools: ['name', 'kind', 'emis_code', 'parent'],
  teachers: [
    'full_name',
    'gender',
    'phone',
    'email',
    'emis_id',
    'school_emis_code',
    'subjects',
    'grades',
    'years_experience',
    'role',
    'create_login',
  ],
};
const PREVIEW_ROWS = 20;
const E164 = /^\+\d{6,15}$/;

type RowError = ImportReport['errors'][number];

/** Coded values read better in the user's language: "female" → "Female"/"خاتون". */
const CODED: Record<string, string> = { gender: 'gender', role: 'role', kind: 'unitKind' };

/** A preview cell: codes, phones, e-mails and logins isolated left to right (in Urdu too). */
function cell(key: string, value: unknown): ComponentChild {
  if (value === null || value === undefined) return '';
  const coded = CODED[key];
  if (coded && typeof value === 'string') return t(`${coded}.${value}`, { defaultValue: value });
  if (typeof value === 'number') return formatNumber(value);
  if (Array.isArray(value)) return <bdi>{value.join('; ')}</bdi>;
  if (typeof value === 'object') {
    // e.g. the school a teacher row resolved to: {id, name, emisCode}.
    const named = value as { name?: unknown; emisCode?: unknown };
    if (typeof named.name === 'string')
      return named.emisCode ? (
        <>
          <bdi>{named.name}</bdi> (<Ltr>{String(named.emisCode)}</Ltr>)
        </>
      ) : (
        named.name
      );
    return <Ltr>{JSON.stringify(value)}</Ltr>;
  }
  const text = String(value);
  // A phone login is stored E.164, shown as its people write it.
  if ((key === 'phone' || key === 'login') && E164.test(text)) return <PhoneNumber value={text} />;
  return <FieldValue field={key}>{text}</FieldValue>;
}

function ErrorTable({ errors }: { errors: RowError[] }) {
  return (
    <section class="card" aria-labelledby="import-errors-title" data-testid="import-errors">
      <h2 id="import-errors-title">
        {t('import.errorsTitle', { count: errors.length, n: formatNumber(errors.length) })}
      </h2>
      <p>{t('import.errorsHelp')}</p>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col" class="num">
                {t('import.line')}
              </th>
              <th scope="col">{t('import.column')}</th>
              <th scope="col">{t('import.message')}</th>
            </tr>
          </thead>
          <tbody>
            {errors.map((e, i) => (
              <tr key={i}>
                <td class="num">{e.line ? formatNumber(e.line) : ''}</td>
                <td>
                  {e.column ? (
                    <Ltr>
                      <code>{e.column}</code>
                    </Ltr>
                  ) : (
                    ''
                  )}
                </td>
                <td>
                  <bdi>{e.message}</bdi>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function PreviewTable({ rows, total }: { rows: Record<string, unknown>[]; total: number }) {
  const shown = rows.slice(0, PREVIEW_ROWS);
  const keys = [...new Set(shown.flatMap((r) => Object.keys(r)))];
  return (
    <section class="card" aria-labelledby="import-preview-title" data-testid="import-preview">
      <h2 id="import-preview-title">{t('import.previewTitle')}</h2>
      <p>{t('import.previewShown', { shown: formatNumber(shown.length), total: formatNumber(total) })}</p>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              {keys.map((k) => (
                <th scope="col" key={k}>
                  {t(`import.field.${k}`, { defaultValue: k })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row, i) => (
              <tr key={i}>
                {keys.map((k) => (
                  <td key={k}>{cell(k, row[k])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** A 400 whose details carry lines is a row-error list (a commit with errors, an unreadable file). */
function rowErrors(err: unknown): RowError[] | null {
  if (!(err instanceof ApiError) || err.code !== 'validation_failed') return null;
  if (!err.details.some((d) => d.line !== undefined)) return null;
  return err.details.map((d) => ({ line: d.line, column: d.column ?? d.path, message: d.message }));
}

/**
 * Preview first, commit second: a file with any error imports nothing, so the admin fixes the
 * spreadsheet and previews again. Commit stays disabled until a clean preview of this very file.
 */
function ImportScreen() {
  const program = programId.value;
  const [kind, setKind] = useState<ImportKind>('teachers');
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [committed, setCommitted] = useState<ImportReport | null>(null);
  const [commitErrors, setCommitErrors] = useState<RowError[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  function reset() {
    setReport(null);
    setCommitted(null);
    setCommitErrors(null);
    setError(null);
  }

  /** A refused file lists its rows; any other error shows as usual. */
  function failed(err: unknown) {
    const rows = rowErrors(err);
    if (rows) setCommitErrors(rows);
    else setError(err);
  }

  async function send(mode: 'preview' | 'commit'): Promise<ImportReport> {
    const body = new FormData();
    if (file) body.append('file', file, file.name);
    return api.post<ImportReport>(`/api/programs/${program}/imports/${kind}?mode=${mode}`, body);
  }

  async function preview(e: Event) {
    e.preventDefault();
    if (!file || !program) return;
    reset();
    setBusy(true);
    try {
      setReport(await send('preview'));
    } catch (err) {
      failed(err);
    } finally {
      setBusy(false);
    }
  }

  async function commit() {
    setBusy(true);
    setError(null);
    try {
      setCommitted(await send('commit'));
      setReport(null);
    } catch (err) {
      // The file changed on disk or the roster changed since the preview: the rows show again.
      failed(err);
    } finally {
      setBusy(false);
    }
  }

  const clean = !!report && report.ok && report.errors.length === 0;

  return (
    <div class="stack">
      <h1>{t('import.title')}</h1>
      <form class="card" onSubmit={preview}>
        <Choices
          legend={t('import.what')}
          name="import-kind"
          options={KINDS}
          value={kind}
          onChange={(k) => {
            setKind(k);
            reset();
          }}
          label={(k) => t(`import.kind.${k}`)}
        />
        <p class="help">
          {t('import.columns')}{' '}
          <code dir="ltr" class="columns">
            {COLUMNS[kind].join(',')}
          </code>
        </p>
        <p class="help">{t(`import.help.${kind}`)}</p>
        <Field id="import-file" label={t('import.file')}>
          {(control) => (
            <input
              {...control}
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => {
                setFile(e.currentTarget.files?.[0] ?? null);
                reset();
              }}
            />
          )}
        </Field>
        <div class="actions">
          <button type="submit" class="button secondary" disabled={!file || busy}>
            {t('import.preview')}
          </button>
          <button type="button" class="button" disabled={!clean || busy} onClick={commit}>
            {t('import.commit')}
          </button>
        </div>
        {busy && (
          <p class="muted" role="status">
            {t('common.working')}
          </p>
        )}
      </form>
      <ErrorBox error={error} />
      {report && (
        <p role="status" data-testid="import-summary">
          {report.errors.length === 0
            ? t('import.readyRows', { count: report.rows, n: formatNumber(report.rows) })
            : t('import.notReady', { count: report.rows, n: formatNumber(report.rows) })}
        </p>
      )}
      {report && report.errors.length > 0 && <ErrorTable errors={report.errors} />}
      {commitErrors && <ErrorTable errors={commitErrors} />}
      {report && report.preview.length > 0 && <PreviewTable rows={report.preview} total={report.rows} />}
      {committed && (
        <div class="alert alert-ok" role="status" data-testid="import-done">
          <p>
            <strong>
              {t(`import.created.${committed.kind}`, { count: committed.created, n: formatNumber(committed.created) })}
            </strong>
          </p>
          <p>
            <a href={committed.kind === 'teachers' ? '/people' : '/org'}>
              {t(committed.kind === 'teachers' ? 'import.openPeople' : 'import.openOrg')}
            </a>
          </p>
        </div>
      )}
    </div>
  );
}

export function Import() {
  return (
    <OnlineOnly title={t('import.title')}>
      <ImportScreen />
    </OnlineOnly>
  );
}
