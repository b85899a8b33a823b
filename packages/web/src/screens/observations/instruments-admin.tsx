import type { Instrument } from '@mentora/core/types';
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { api } from '../../app/api';
import { formatDate } from '../../app/format';
import { online } from '../../app/network';
import { programId } from '../../app/session';
import { useResource } from '../../app/use-resource';
import { t } from '../../i18n';
import { ErrorBox } from '../../ui/error-box';
import { Loading } from '../../ui/loading';
import { NeedsConnection } from '../../ui/needs-connection';
import { tr } from './instrument-text';

/** What `GET /api/instruments` answers for each instrument. */
export interface InstrumentListItem extends Instrument {
  versions: { id: string; number: number; publishedAt: string | null; frozenAt: string | null }[];
}

/** A version's state in words: a draft, published, or in use by an observation (frozen). */
export function versionState(v: { publishedAt: string | null; frozenAt: string | null }): string {
  if (v.frozenAt) return t('instruments.frozen', { date: formatDate(v.frozenAt) });
  return v.publishedAt ? t('instruments.published') : t('instruments.draft');
}

/**
 * The program's observation instruments for its admins (issue 8, point 3: "program admins create
 * and version observation checklists"): each version's state, a new draft version, and the way into
 * the editor with preview. Program configuration changes online.
 */
export function InstrumentsAdmin() {
  const program = programId.value;
  const { route } = useLocation();
  const list = useResource(
    () => api.get<{ items: InstrumentListItem[] }>('/api/instruments', { programId: program ?? '' }),
    [program],
  );
  const [error, setError] = useState<unknown>(null);
  if (!online.value) return <NeedsConnection />;
  if (list.loading && !list.data) return <Loading />;

  async function newVersion(instrumentId: string) {
    setError(null);
    try {
      const v = await api.post<{ number: number }>(`/api/instruments/${instrumentId}/versions`);
      route(`/instruments/${instrumentId}/versions/${v.number}`);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <div class="stack">
      <h1>{t('instruments.title')}</h1>
      <p class="muted">{t('instruments.intro')}</p>
      <ErrorBox error={list.error ?? error} />
      {list.data?.items.length === 0 && <p class="muted">{t('instruments.none')}</p>}
      {list.data?.items.map((i) => (
        <section key={i.id} class="card" aria-labelledby={`instrument-${i.id}`}>
          <h2 id={`instrument-${i.id}`}>{tr(i.name)}</h2>
          <ul class="list rows">
            {i.versions.map((v) => (
              <li key={v.id}>
                <a href={`/instruments/${i.id}/versions/${v.number}`}>{t('instruments.version', { n: v.number })}</a>
                <span class="muted"> · {versionState(v)}</span>
              </li>
            ))}
          </ul>
          <button type="button" class="button secondary" onClick={() => newVersion(i.id)}>
            {t('instruments.newVersion')}
          </button>
        </section>
      ))}
    </div>
  );
}
