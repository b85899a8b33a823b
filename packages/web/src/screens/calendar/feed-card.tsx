import { useState } from 'preact/hooks';
import { api } from '../../app/api';
import { formatDate } from '../../app/format';
import { useResource } from '../../app/use-resource';
import { t } from '../../i18n';
import { ErrorBox } from '../../ui/error-box';

/**
 * Settings card (issue 9): a secret address a calendar app subscribes to, with the cluster meetings
 * the user may see. The address is shown once, when made; making it again stops the old one.
 * Online only (the server keeps only a hash of the secret).
 */
export function CalendarFeedCard() {
  const status = useResource(() => api.get<{ active: boolean; createdAt: string | null }>('/api/calendar/feed'), []);
  const [url, setUrl] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function act(make: boolean) {
    if (!make && !window.confirm(t('calendar.feedRevokeConfirm'))) return;
    setBusy(true);
    setError(null);
    setCopied(false);
    try {
      if (make) setUrl((await api.post<{ url: string }>('/api/calendar/feed')).url);
      else {
        await api.del('/api/calendar/feed');
        setUrl(null);
      }
      status.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }
  async function copy() {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      // Without clipboard access the address stays selectable in the field.
      setCopied(false);
    }
  }

  const active = status.data?.active ?? false;
  return (
    <section class="card stack" aria-labelledby="feed-title" data-testid="calendar-feed">
      <h2 id="feed-title">{t('calendar.feedTitle')}</h2>
      <p class="help">{t('calendar.feedHelp')}</p>
      {active && !url && status.data?.createdAt && (
        <p>{t('calendar.feedActive', { date: formatDate(status.data.createdAt) })}</p>
      )}
      {url && (
        <div class="field">
          <label for="feed-url">{t('calendar.feedUrl')}</label>
          <input id="feed-url" dir="ltr" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
          <p class="help">{t('calendar.feedOnce')}</p>
        </div>
      )}
      <ErrorBox error={error ?? status.error} />
      {copied && (
        <p class="alert alert-ok" role="status">
          {t('calendar.feedCopied')}
        </p>
      )}
      <div class="actions">
        {url && (
          <button type="button" class="button" onClick={copy}>
            {t('calendar.feedCopy')}
          </button>
        )}
        <button type="button" class="button secondary" disabled={busy} onClick={() => act(true)}>
          {active ? t('calendar.feedRotate') : t('calendar.feedCreate')}
        </button>
        {active && (
          <button type="button" class="button secondary" disabled={busy} onClick={() => act(false)}>
            {t('calendar.feedRevoke')}
          </button>
        )}
      </div>
    </section>
  );
}
