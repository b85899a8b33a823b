import { applyUpdate, updateReady } from '../app/pwa';
import { t } from '../i18n';

export function UpdateBanner() {
  if (!updateReady.value) return null;
  return (
    <div class="update-banner" role="status" data-testid="update-banner">
      <span>{t('update.available')}</span>
      <button type="button" class="button small" onClick={() => void applyUpdate()}>
        {t('update.reload')}
      </button>
    </div>
  );
}
