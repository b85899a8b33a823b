import { useState } from 'preact/hooks';
import { today } from '../../app/format';
import { me, programId } from '../../app/session';
import { useDispatch } from '../../app/use-dispatch';
import { t } from '../../i18n';
import { localDb } from '../../store/device';
import { useLive } from '../../store/live';
import { ErrorBox } from '../../ui/error-box';
import { Field, TextField } from '../../ui/field';
import { Loading } from '../../ui/loading';
import { SavedNote } from '../../ui/saved-note';
import { ConcernCard, categoryLabel } from './concern-card';
import { categoriesOf, myClusters, myConcerns } from './queries';

/** The raise form: category, class and subject, what is wrong, and who may see it. */
function RaiseForm() {
  const personId = me.value?.personId ?? '';
  const day = today();
  const clusters = useLive(localDb.value, (db) => myClusters(db, personId, day), [personId, day]);
  const [groupId, setGroupId] = useState('');
  const group = clusters.value?.find((g) => g.id === groupId) ?? clusters.value?.[0];
  const categories = useLive(localDb.value, (db) => categoriesOf(db, group?.programId), [group?.programId]);
  const [category, setCategory] = useState('');
  const [subject, setSubject] = useState('');
  const [grade, setGrade] = useState('');
  const [description, setDescription] = useState('');
  const [shared, setShared] = useState(false);
  const [showName, setShowName] = useState(false);
  const write = useDispatch();
  if (!clusters.loaded) return <Loading />;
  if (!group) return <p class="muted">{t('concerns.noCluster')}</p>;
  const list = categories.value ?? [];
  const chosen = category || list[0]?.key || '';

  async function submit(e: Event) {
    e.preventDefault();
    if (!group) return;
    const done = await write.run('concern.raise', {
      groupId: group.id,
      category: chosen,
      subject: subject.trim() || null,
      grade: grade.trim() || null,
      description: description.trim(),
      sharedWithCluster: shared,
      showRaiserName: shared && showName,
    });
    if (done) {
      setDescription('');
      setSubject('');
      setGrade('');
    }
  }

  return (
    <form class="card stack" onSubmit={submit} aria-labelledby="raise-title">
      <h2 id="raise-title">{t('concerns.raise')}</h2>
      {(clusters.value?.length ?? 0) > 1 && (
        <Field id="concern-group" label={t('concerns.cluster')} required>
          {(c) => (
            <select {...c} value={group.id} onChange={(e) => setGroupId(e.currentTarget.value)}>
              {clusters.value?.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field id="concern-category" label={t('concerns.category')} required>
        {(c) => (
          <select {...c} value={chosen} onChange={(e) => setCategory(e.currentTarget.value)}>
            {list.map((k) => (
              <option key={k.key} value={k.key}>
                {categoryLabel(k.key, list)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextField
        id="concern-subject"
        label={t('concerns.subject')}
        value={subject}
        onValue={setSubject}
        maxLength={100}
      />
      <TextField id="concern-grade" label={t('concerns.grade')} value={grade} onValue={setGrade} maxLength={40} />
      <Field id="concern-description" label={t('concerns.description')} required>
        {(c) => (
          <textarea
            {...c}
            rows={4}
            maxLength={4000}
            value={description}
            onInput={(e) => setDescription(e.currentTarget.value)}
          />
        )}
      </Field>
      <p class="help" id="concern-privacy">
        {t('concerns.privacyHelp')}
      </p>
      <label class="choice">
        <input type="checkbox" checked={shared} onChange={(e) => setShared(e.currentTarget.checked)} />
        {t('concerns.shareWithCluster')}
      </label>
      {shared && (
        <label class="choice">
          <input type="checkbox" checked={showName} onChange={(e) => setShowName(e.currentTarget.checked)} />
          {t('concerns.showMyName')}
        </label>
      )}
      <ErrorBox error={write.error} />
      <SavedNote outcome={write.outcome} />
      <button type="submit" class="button" disabled={write.busy || !description.trim() || !chosen}>
        {t('concerns.raiseButton')}
      </button>
    </form>
  );
}

/** `/concerns`: a teacher raises a concern and follows what became of each one (offline too). */
export function MyConcerns() {
  const personId = me.value?.personId ?? '';
  const day = today();
  const mine = useLive(localDb.value, (db) => myConcerns(db, personId, day), [personId, day]);
  const program = programId.value ?? undefined;
  const categories = useLive(localDb.value, (db) => categoriesOf(db, program), [program]);
  return (
    <div class="stack">
      <h1>{t('concerns.myTitle')}</h1>
      <RaiseForm />
      <section aria-labelledby="my-concerns-title" class="stack">
        <h2 id="my-concerns-title">{t('concerns.mine')}</h2>
        {!mine.loaded && <Loading />}
        {mine.loaded && (mine.value ?? []).length === 0 && <p class="muted">{t('concerns.noneMine')}</p>}
        <ul class="list stack">
          {(mine.value ?? []).map((c) => (
            <ConcernCard key={c.id} c={c} ctx={{ categories: categories.value ?? [], mentor: false }} />
          ))}
        </ul>
      </section>
    </div>
  );
}
