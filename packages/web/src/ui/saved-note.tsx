import type { Outcome } from '../app/use-dispatch';
import { t } from '../i18n';

/** After a write: saved on the server, or saved on this phone and waiting for a network. */
export function SavedNote({ outcome, applied = t('common.saved') }: { outcome: Outcome | null; applied?: string }) {
  if (!outcome) return null;
  return (
    <p class={outcome === 'applied' ? 'alert alert-ok' : 'alert alert-info'} role="status" data-testid="saved-note">
      {outcome === 'applied' ? applied : t('common.savedLocal')}
    </p>
  );
}
