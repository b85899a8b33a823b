import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { api } from '../../app/api';
import type {
  Group,
  GroupDetail,
  GroupKind,
  GroupMemberRow,
  ListAnswer,
  MemberRole,
  Person,
} from '../../app/api-types';
import { today } from '../../app/format';
import { programId } from '../../app/session';
import { useResource } from '../../app/use-resource';
import { t } from '../../i18n';
import { ErrorBox } from '../../ui/error-box';
import { Loading } from '../../ui/loading';
import { UnitPicker } from '../../ui/unit-picker';
import { MembersTable } from './members-table';

const KINDS: GroupKind[] = ['cluster', 'school'];

function GroupForm({ program, existing, onSaved }: { program: string; existing?: Group; onSaved: (g: Group) => void }) {
  const [name, setName] = useState(existing?.name ?? '');
  const [kind, setKind] = useState<GroupKind>(existing?.kind ?? 'school');
  const [unitId, setUnitId] = useState<string | null>(existing?.orgUnitId ?? null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const group = existing
        ? await api.patch<Group>(`/api/groups/${existing.id}`, { name: name.trim(), orgUnitId: unitId ?? undefined })
        : await api.post<Group>('/api/groups', { programId: program, kind, name: name.trim(), orgUnitId: unitId });
      setSaved(true);
      onSaved(group);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="card" onSubmit={submit}>
      <div class="field">
        <label for="group-name">{t('groups.name')}</label>
        <input id="group-name" required maxLength={200} value={name} onInput={(e) => setName(e.currentTarget.value)} />
      </div>
      {existing ? (
        <p>
          {t('groups.kind')}: <strong>{t(`groupKind.${existing.kind}`)}</strong>
        </p>
      ) : (
        <fieldset>
          <legend>{t('groups.kind')}</legend>
          {KINDS.map((k) => (
            <label class="choice" key={k}>
              <input type="radio" name="group-kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
              <span>
                {t(`groupKind.${k}`)} <span class="muted">— {t(`groupKind.${k}Help`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
      <UnitPicker
        id="group-unit"
        label={t('groups.unit')}
        programId={program}
        value={unitId}
        onChange={setUnitId}
        emptyLabel={t('unitPicker.choose')}
        required
      />
      <ErrorBox error={error} />
      {saved && existing && (
        <p class="alert alert-ok" role="status">
          {t('common.saved')}
        </p>
      )}
      <button type="submit" class="button" disabled={busy || !unitId || !name.trim()}>
        {existing ? t('common.save') : t('groups.create')}
      </button>
    </form>
  );
}

function AddMember({ program, groupId, onAdded }: { program: string; groupId: string; onAdded: () => void }) {
  const [role, setRole] = useState<MemberRole>('mentee');
  const [startDate, setStartDate] = useState(today());
  const [q, setQ] = useState('');
  const [results, setResults] = useState<Person[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [added, setAdded] = useState<string | null>(null);

  async function search(e: Event) {
    e.preventDefault();
    setError(null);
    setAdded(null);
    if (!q.trim()) return;
    try {
      const answer = await api.get<ListAnswer<Person>>('/api/persons', { programId: program, q: q.trim(), limit: 10 });
      setResults(answer.items);
    } catch (err) {
      setError(err);
    }
  }

  async function add(person: Person) {
    setBusy(true);
    setError(null);
    try {
      await api.post(`/api/groups/${groupId}/members`, { personId: person.id, role, startDate });
      setAdded(person.fullName);
      onAdded();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="card" aria-labelledby="add-member-title">
      <h2 id="add-member-title">{t('groups.addMember')}</h2>
      <form class="filters" onSubmit={search}>
        <div class="field">
          <label for="member-role">{t('groups.role')}</label>
          <select id="member-role" value={role} onChange={(e) => setRole(e.currentTarget.value as MemberRole)}>
            <option value="mentee">{t('memberRole.mentee')}</option>
            <option value="mentor">{t('memberRole.mentor')}</option>
          </select>
        </div>
        <div class="field">
          <label for="member-start">{t('groups.startDate')}</label>
          <input
            id="member-start"
            type="date"
            required
            value={startDate}
            onInput={(e) => setStartDate(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="member-q">{t('groups.findPerson')}</label>
          <input id="member-q" type="search" value={q} onInput={(e) => setQ(e.currentTarget.value)} />
        </div>
        <button type="submit" class="button secondary">
          {t('common.search')}
        </button>
      </form>
      <ErrorBox error={error} />
      {added && (
        <p class="alert alert-ok" role="status">
          {t('groups.added', { name: added })}
        </p>
      )}
      {results && results.length === 0 && <p class="muted">{t('people.none')}</p>}
      {results && results.length > 0 && (
        <ul class="list rows">
          {results.map((p) => (
            <li key={p.id} class="row-with-action">
              <span>
                {p.fullName} <span class="muted">{p.emisId ?? p.phone ?? ''}</span>
              </span>
              <button
                type="button"
                class="button small"
                disabled={busy || !startDate}
                onClick={() => add(p)}
                aria-label={t('groups.addAs', { name: p.fullName, role: t(`memberRole.${role}`) })}
              >
                {t('groups.add')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Members({ groupId, program }: { groupId: string; program: string }) {
  const detail = useResource(() => api.get<GroupDetail>(`/api/groups/${groupId}`), [groupId]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function end(m: GroupMemberRow) {
    if (!window.confirm(t('groups.endConfirm', { name: m.fullName }))) return;
    setBusy(true);
    setError(null);
    try {
      // A membership ends on a day rather than disappearing: attendance and history keep their meaning.
      await api.post(`/api/group-members/${m.id}/end`, { endDate: today() });
      detail.reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <section class="card" aria-labelledby="members-title">
        <h2 id="members-title">{t('groups.members')}</h2>
        {detail.loading && !detail.data && <Loading />}
        <ErrorBox error={detail.error ?? error} />
        {detail.data && <MembersTable members={detail.data.members} onEnd={end} busy={busy} />}
      </section>
      <AddMember program={program} groupId={groupId} onAdded={detail.reload} />
    </>
  );
}

/** `/groups/new` creates a group, then continues here to add its mentor and mentees. */
export function GroupEdit({ groupId }: { groupId?: string }) {
  const { route } = useLocation();
  const program = programId.value;
  const existing = useResource(
    () => (groupId ? api.get<GroupDetail>(`/api/groups/${groupId}`) : Promise.resolve(undefined)),
    [groupId],
  );
  if (!program) return null;
  if (groupId && existing.loading && !existing.data) return <Loading />;
  if (existing.error) return <ErrorBox error={existing.error} />;
  const group = existing.data?.group;
  return (
    <div class="stack">
      <p>
        <a href={group ? `/groups/${group.id}` : '/groups'}>{group ? t('groups.backToGroup') : t('groups.back')}</a>
      </p>
      <h1>{group ? t('groups.editTitle', { name: group.name }) : t('groups.newTitle')}</h1>
      <GroupForm
        key={group?.id ?? 'new'}
        program={group?.programId ?? program}
        existing={group}
        onSaved={(g) => {
          if (!group) route(`/groups/${g.id}/edit`);
          else existing.reload();
        }}
      />
      {group && <Members groupId={group.id} program={group.programId} />}
    </div>
  );
}
