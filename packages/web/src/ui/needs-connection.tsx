import { t } from '../i18n';

/** Shown instead of an error where a screen needs the server and the device is offline. */
export function NeedsConnection() {
  return (
    <div class="alert alert-info" role="status" data-testid="needs-connection">
      <p>
        <strong>{t('offline.title')}</strong>
      </p>
      <p>{t('offline.needsConnection')}</p>
    </div>
  );
}
