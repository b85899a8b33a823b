import type { Group, GroupKind, ListAnswer, MemberRole, Person } from '@mentora/core/types';
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { api } from '../../app/api';
import { today } from '../../app/format';
import { online } from '../../app/network';
import { programId } from '../../app/session';
import { useDispatch } from '../../app/use-dispatch';
import { t } from '../../i18n';
import type { Args } from '../../store/db';
import { localDb } from '../../store/device';
import { useLive } from '../../store/live';
import { discardRejected } from '../../store/outbox';
import type { MemberView } from '../../store/queries';
import { ConflictCopies } from '../../ui/conflict-copies';
import { ErrorBox } from '../../ui/error-box';
import { Choices, Field, TextField } from '../../ui/field';
import { Loading } from '../../ui/loading';
import { Ltr } from '../../ui/ltr';
import { NeedsConnection } from '../../ui/needs-connection';
import { PendingChanges } from '../../ui/pending-changes';
import { PhoneNumber } from '../../ui/phone';
import { SavedNote } from '../../ui/saved-note';
import { UnitPicker } from '../../ui/unit-picker';
import { useGroup, useMemberNames } from './group-detail';
import { MembersTable } from './members-table';

const KINDS: GroupKind[] = ['cluster', 'school'];

/** A refused change opened with "Fix": what the user typed, to fill the form with. */
function useFix(key: string | undefined) {
  return useLive(localDb.value, async (db) => (key ? db.rejected.get(key) : undefined), [key]).value;
}

interface FormProps {
  program: string;
  existing?: Group;
  fix?: { key: string; args: Args };
  onSaved: (groupId: string) => void;
}

function GroupForm({ program, existing, fix, onSaved }: FormProps) {
  const typed = fix?.args ?? {};
  const [name, setName] = useState(String(typed.name ?? existing?.name ?? ''));
  const [kind, setKind] = useState<GroupKind>((typed.kind as GroupKind) ?? existing?.kind ?? 'school');
  const [unitId, setUnitId] = useState<string | null>((typed.orgUnitId as string) ?? existing?.orgUnitId ?? null);
  const write = useDispatch();

  async function submit(e: Event) {
    e.preventDefault();
    const done = existing
      ? await write.run(
          'group.update',
          {
            id: existing.id,
            ...(name.trim() !== existing.name ? { name: name.trim() } : {}),
            ...(unitId && unitId !== existing.orgUnitId ? { orgUnitId: unitId } : {}),
          },
          existing,
        )
      : await write.run('group.create', { programId: program, kind, name: name.trim(), orgUnitId: unitId ?? '' });
    if (!done) return;
    const db = localDb.value;
    if (fix && db) await discardRejected(db, fix.key);
    onSaved(String(done.entry.args.id));
  }

  return (
    <form class="card" onSubmit={submit}>
      <TextField id="group-name" label={t('groups.name')} required maxLength={200} value={name} onValue={setName} />
      {existing ? (
        <p>
          {t('groups.kind')}: <strong>{t(`groupKind.${existing.kind}`)}</strong>
        </p>
      ) : (
        <Choices
          legend={t('groups.kind')}
          name="group-kind"
          options={KINDS}
          value={kind}
          onChange={setKind}
          label={(k) => (
            <>
              {t(`groupKind.${k}`)} <span class="muted">— {t(`groupKind.${k}Help`)}</span>
            </>
          )}
        />
      )}
      {online.value ? (
        <UnitPicker
          id="group-unit"
          label={t('groups.unit')}
          programId={program}
          value={unitId}
          onChange={setUnitId}
          emptyLabel={t('unitPicker.choose')}
          required
        />
      ) : (
        !existing && <NeedsConnection />
      )}
      <ErrorBox error={write.error} />
      {existing && <SavedNote outcome={write.outcome} />}
      <button type="submit" class="button" disabled={write.busy || !unitId || !name.trim()}>
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
  const [searchError, setSearchError] = useState<unknown>(null);
  const [added, setAdded] = useState<string | null>(null);
  const write = useDispatch();

  async function search(e: Event) {
    e.preventDefault();
    setSearchError(null);
    setAdded(null);
    if (!q.trim()) return;
    try {
      const answer = await api.get<ListAnswer<Person>>('/api/persons', { programId: program, q: q.trim(), limit: 10 });
      setResults(answer.items);
    } catch (err) {
      setSearchError(err);
    }
  }

  async function add(person: Person) {
    setAdded(null);
    const done = await write.run('group.addMember', { groupId, personId: person.id, role, startDate, endDate: null });
    if (!done) return;
    setAdded(person.fullName);
    onAdded();
  }

  return (
    <section class="card" aria-labelledby="add-member-title">
      <h2 id="add-member-title">{t('groups.addMember')}</h2>
      {/* Finding a person searches the whole program: that needs the server. */}
      {!online.value && <NeedsConnection />}
      <form class="filters" onSubmit={search}>
        <Field id="member-role" label={t('groups.role')}>
          {(control) => (
            <select {...control} value={role} onChange={(e) => setRole(e.currentTarget.value as MemberRole)}>
              <option value="mentee">{t('memberRole.mentee')}</option>
              <option value="mentor">{t('memberRole.mentor')}</option>
            </select>
          )}
        </Field>
        <TextField
          id="member-start"
          label={t('groups.startDate')}
          type="date"
          required
          value={startDate}
          onValue={setStartDate}
        />
        <TextField id="member-q" label={t('groups.findPerson')} type="search" value={q} onValue={setQ} />
        <button type="submit" class="button secondary" disabled={!online.value}>
          {t('common.search')}
        </button>
      </form>
      <ErrorBox error={searchError ?? write.error} />
      {added && write.outcome && (
        <p class={write.outcome === 'applied' ? 'alert alert-ok' : 'alert alert-info'} role="status">
          {t(write.outcome === 'applied' ? 'groups.added' : 'groups.addedLocal', { name: added })}
        </p>
      )}
      {results && results.length === 0 && <p class="muted">{t('people.none')}</p>}
      {results && results.length > 0 && (
        <ul class="list rows">
          {results.map((p) => (
            <li key={p.id} class="row-with-action">
              <span>
                {p.fullName}{' '}
                <span class="muted">
                  {p.emisId ? <Ltr>{p.emisId}</Ltr> : p.phone ? <PhoneNumber value={p.phone} /> : null}
                </span>
              </span>
              <button
                type="button"
                class="button small"
                disabled={write.busy || !startDate}
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
  const detail = useGroup(groupId);
  const members = useMemberNames(detail.data, detail.fromServer);
  const write = useDispatch();

  async function end(m: MemberView) {
    if (!window.confirm(t('groups.endConfirm', { name: m.fullName ?? '' }))) return;
    // A membership ends on a day rather than disappearing: attendance and history keep their meaning.
    const done = await write.run('group.endMembership', { id: m.id, endDate: today() });
    if (done?.outcome === 'applied') detail.reload();
  }

  return (
    <>
      <section class="card" aria-labelledby="members-title">
        <h2 id="members-title">{t('groups.members')}</h2>
        {detail.loading && !detail.data && <Loading />}
        <ErrorBox error={detail.error ?? write.error} />
        {detail.data && <MembersTable members={members} onEnd={end} busy={write.busy} />}
      </section>
      <AddMember program={program} groupId={groupId} onAdded={detail.reload} />
    </>
  );
}

/** `/groups/new` creates a group, then continues here to add its mentor and mentees. */
export function GroupEdit({ groupId }: { groupId?: string }) {
  const { route, query } = useLocation();
  const program = programId.value;
  const existing = useGroup(groupId);
  const fix = useFix(query.fix);
  if (!program) return null;
  if (groupId && existing.loading && !existing.data) return <Loading />;
  if (groupId && existing.error) return <ErrorBox error={existing.error} />;
  const group = existing.data?.group;
  return (
    <div class="stack">
      <p>
        <a href={group ? `/groups/${group.id}` : '/groups'}>{group ? t('groups.backToGroup') : t('groups.back')}</a>
      </p>
      <h1>{group ? t('groups.editTitle', { name: group.name }) : t('groups.newTitle')}</h1>
      {group && <ConflictCopies recordId={group.id} />}
      <GroupForm
        key={`${group?.id ?? 'new'}:${fix?.key ?? ''}`}
        program={group?.programId ?? program}
        existing={group}
        fix={fix ? { key: fix.key, args: fix.args } : undefined}
        onSaved={(id) => {
          if (!group) route(`/groups/${id}/edit`);
          else existing.reload();
        }}
      />
      {group && <PendingChanges recordId={group.id} />}
      {group && <Members groupId={group.id} program={group.programId} />}
    </div>
  );
}
