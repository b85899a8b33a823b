import { portfolioPromptSet } from '@mentora/core/program-defaults';
import type { ListAnswer, Person, Reflection, Visibility } from '@mentora/core/types';
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { api } from '../../app/api';
import { formatDate } from '../../app/format';
import { online } from '../../app/network';
import { me, programId } from '../../app/session';
import { useDispatch } from '../../app/use-dispatch';
import { t } from '../../i18n';
import { localDb } from '../../store/device';
import { useLive } from '../../store/live';
import { ConflictCopies } from '../../ui/conflict-copies';
import { ErrorBox } from '../../ui/error-box';
import { Choices, Field, TextField } from '../../ui/field';
import { Loading } from '../../ui/loading';
import { PendingChanges } from '../../ui/pending-changes';
import { SavedNote } from '../../ui/saved-note';
import { inLocale } from './prompts';
import { peopleOnDevice, sharesOf } from './queries';

/** Who may see the entry: the pair only when it was written for one, the group only when made in one. */
function VisibilityControl({ r }: { r: Reflection }) {
  const options: Visibility[] = [
    'author',
    ...(r.partnerPersonId ? ['pair' as const] : []),
    ...(r.groupId ? ['group' as const] : []),
  ];
  const write = useDispatch();
  if (options.length === 1) return null;
  return (
    <section class="card" aria-labelledby="visibility-title">
      <h2 id="visibility-title">{t('reflections.whoSees')}</h2>
      <Choices
        legend={t('reflections.whoSees')}
        name="reflection-visibility"
        options={options}
        value={r.visibility}
        onChange={(visibility) => write.run('reflection.setVisibility', { id: r.id, visibility })}
        label={(v) => (
          <>
            {t(`reflections.visibility.${v}`)} <span class="muted">— {t(`reflections.visibilityHelp.${v}`)}</span>
          </>
        )}
      />
      <ErrorBox error={write.error} />
      <SavedNote outcome={write.outcome} />
    </section>
  );
}

/** Shares of the entry with named people: each a consent the author gives and may take back (point 7). */
function Sharing({ r }: { r: Reflection }) {
  const personId = me.value?.personId ?? '';
  const data = useLive(
    localDb.value,
    async (db) => ({ shares: await sharesOf(db, r.id), people: await peopleOnDevice(db, personId) }),
    [r.id, personId],
  );
  const [chosen, setChosen] = useState('');
  const [q, setQ] = useState('');
  const [found, setFound] = useState<{ personId: string; fullName: string }[]>([]);
  const [searchError, setSearchError] = useState<unknown>(null);
  const write = useDispatch();
  const live = (data.value?.shares ?? []).filter((s) => s.revokedAt === null);
  const people = [...found, ...(data.value?.people ?? []).filter((p) => !found.some((f) => f.personId === p.personId))];

  async function search(e: Event) {
    e.preventDefault();
    setSearchError(null);
    if (!q.trim() || !programId.value) return;
    try {
      const answer = await api.get<ListAnswer<Person>>('/api/persons', {
        programId: programId.value,
        q: q.trim(),
        limit: 10,
      });
      setFound(answer.items.filter((p) => p.id !== personId).map((p) => ({ personId: p.id, fullName: p.fullName })));
      setChosen(answer.items.find((p) => p.id !== personId)?.id ?? chosen);
    } catch (err) {
      setSearchError(err);
    }
  }

  async function share(e: Event) {
    e.preventDefault();
    if (chosen) await write.run('content.share', { table: 'reflections', recordId: r.id, personId: chosen });
  }

  return (
    <section class="card" aria-labelledby="sharing-title">
      <h2 id="sharing-title">{t('reflections.sharing')}</h2>
      <p class="muted">{t('reflections.sharingHelp')}</p>
      {live.length === 0 ? (
        <p>{t('reflections.notShared')}</p>
      ) : (
        <ul class="list rows" data-testid="shares">
          {live.map((s) => (
            <li key={s.id} class="row-with-action">
              <span>{s.name ?? t('reflections.someone')}</span>
              <button
                type="button"
                class="button secondary"
                disabled={write.busy}
                onClick={() => write.run('content.unshare', { id: s.id })}
              >
                {t('reflections.revoke')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {online.value && (
        <form class="filters" onSubmit={search}>
          <TextField id="share-q" label={t('reflections.findPerson')} type="search" value={q} onValue={setQ} />
          <button type="submit" class="button secondary">
            {t('common.search')}
          </button>
        </form>
      )}
      <ErrorBox error={searchError} />
      <form onSubmit={share}>
        <Field id="share-person" label={t('reflections.shareWith')}>
          {(control) => (
            <select {...control} value={chosen} onChange={(e) => setChosen(e.currentTarget.value)}>
              <option value="">{t('reflections.choosePerson')}</option>
              {people.map((p) => (
                <option key={p.personId} value={p.personId}>
                  {p.fullName}
                </option>
              ))}
            </select>
          )}
        </Field>
        <ErrorBox error={write.error} />
        <SavedNote outcome={write.outcome} />
        <button type="submit" class="button" disabled={write.busy || !chosen}>
          {t('reflections.share')}
        </button>
      </form>
    </section>
  );
}

/** One portfolio entry: the answers under their prompts; for its author, who sees it, shares, edit, delete. */
export function ReflectionDetail({ reflectionId }: { reflectionId: string }) {
  const { route } = useLocation();
  const entry = useLive(localDb.value, (db) => db.rows('reflections').get(reflectionId), [reflectionId]);
  const remove = useDispatch();
  if (!entry.loaded) return <Loading />;
  const r = entry.value;
  if (!r) return <p class="muted">{t('reflections.notOnPhone')}</p>;
  const mine = r.authorPersonId === me.value?.personId;
  return (
    <section aria-labelledby="reflection-title">
      <h1 id="reflection-title">
        {t('reflections.entry')} · {formatDate(r.entryDate)}
      </h1>
      <p class="muted">{t(`reflections.visibility.${r.visibility}`)}</p>
      <PendingChanges recordId={r.id} />
      <ConflictCopies recordId={r.id} />
      <article class="card">
        {portfolioPromptSet(r.promptSetKey).prompts.map((p) =>
          r.answers[p.key] ? (
            <div key={p.key}>
              <h2>{inLocale(p.label)}</h2>
              <p style={{ whiteSpace: 'pre-line' }}>{r.answers[p.key]}</p>
            </div>
          ) : null,
        )}
      </article>
      {mine && (
        <>
          <p class="actions">
            <a class="button secondary" href={`/portfolio/${r.id}/edit`}>
              {t('reflections.edit')}
            </a>{' '}
            <button
              type="button"
              class="button secondary"
              disabled={remove.busy}
              onClick={async () => {
                if (!confirm(t('reflections.deleteConfirm'))) return;
                if (await remove.run('reflection.delete', { id: r.id })) route('/portfolio');
              }}
            >
              {t('reflections.delete')}
            </button>
          </p>
          <ErrorBox error={remove.error} />
          <VisibilityControl r={r} />
          <Sharing r={r} />
        </>
      )}
    </section>
  );
}
