import { portfolioPromptSet } from '@mentora/core/program-defaults';
import type { Reflection } from '@mentora/core/types';
import { formatDate } from '../../app/format';
import { online } from '../../app/network';
import { me } from '../../app/session';
import { locale, t } from '../../i18n';
import { localDb } from '../../store/device';
import { useLive } from '../../store/live';
import { Loading } from '../../ui/loading';
import { inLocale } from './prompts';
import { myReflections } from './queries';

/** The first answer, in prompt order, cut to a line: what the timeline shows of an entry. */
function excerpt(r: Reflection): { label: string; text: string } | null {
  for (const p of portfolioPromptSet(r.promptSetKey).prompts) {
    const text = r.answers[p.key];
    if (text) return { label: inLocale(p.label), text: text.length > 160 ? `${text.slice(0, 160)}…` : text };
  }
  return null;
}

/**
 * "My portfolio" (issue 8, point 6): the user's own entries, newest first, from the phone — it
 * works offline; the PDF is made by the server, so downloading it needs a connection.
 */
export function Portfolio() {
  const personId = me.value?.personId ?? '';
  const entries = useLive(localDb.value, (db) => myReflections(db, personId), [personId]);
  const pdf = `/api/persons/${personId}/portfolio.pdf?locale=${encodeURIComponent(locale.value)}`;
  return (
    <section aria-labelledby="portfolio-title">
      <h1 id="portfolio-title">{t('reflections.title')}</h1>
      <p class="muted">{t('reflections.intro')}</p>
      <p class="actions">
        <a class="button" href="/portfolio/new">
          {t('reflections.write')}
        </a>{' '}
        {online.value ? (
          <a class="button secondary" href={pdf} download>
            {t('reflections.downloadPdf')}
          </a>
        ) : (
          <span class="muted">{t('reflections.pdfNeedsConnection')}</span>
        )}
      </p>
      {!entries.loaded && <Loading />}
      {entries.loaded && (entries.value ?? []).length === 0 && <p class="muted">{t('reflections.none')}</p>}
      <ol class="list rows timeline" data-testid="portfolio-timeline">
        {(entries.value ?? []).map((r) => {
          const first = excerpt(r);
          return (
            <li key={r.id}>
              <a href={`/portfolio/${r.id}`}>
                <strong>{formatDate(r.entryDate)}</strong>
              </a>{' '}
              <span class="muted">· {t(`reflections.visibility.${r.visibility}`)}</span>
              {first && (
                <p>
                  <span class="muted">{first.label}: </span>
                  {first.text}
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
