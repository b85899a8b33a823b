import { ApiError } from '../app/api';
import { t } from '../i18n';
import { translatedDetail } from './detail-messages';
import { isolatedText, ltrText } from './ltr';
import { NeedsConnection } from './needs-connection';

function detailText(d: ApiError['details'][number]): string {
  const where: string[] = [];
  if (d.line !== undefined) where.push(t('error.line', { line: d.line }));
  if (d.column) where.push(t('error.column', { column: ltrText(d.column) }));
  if (d.path) where.push(t('error.field', { field: ltrText(d.path) }));
  // Column and field names are code (`phone`, `emis_id`), the message may be in another script;
  // the messages teachers meet most come in their language (ui/detail-messages.ts).
  const known = translatedDetail(d.message);
  const message = known ?? isolatedText(d.message);
  return where.length ? `${where.join(', ')}: ${message}` : (known ?? d.message);
}

/**
 * A failed request: the translated meaning of its code, then the server's details (field, line,
 * column). No network is not an error but a state: it says the screen needs a connection.
 */
export function ErrorBox({ error, role = 'alert' }: { error: unknown; role?: 'alert' | 'status' }) {
  if (!error) return null;
  if (error instanceof ApiError && error.code === 'network') return <NeedsConnection />;
  const code = error instanceof ApiError ? error.code : 'unknown';
  const details = error instanceof ApiError ? error.details : [];
  return (
    <div class="alert alert-error" role={role}>
      <p>{t(`error.${code}`, { defaultValue: t('error.unknown') })}</p>
      {details.length > 0 && (
        <ul>
          {details.map((d, i) => (
            <li key={i}>{detailText(d)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
