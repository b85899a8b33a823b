import { isCurrentMember } from '@mentora/core/policy';
import type { GroupDetailResponse as Detail } from '@mentora/core/types';
import { api } from '../../app/api';
import { today } from '../../app/format';
import { online } from '../../app/network';
import { localGroupResource, may, useLocalResource } from '../../app/policy';
import { me } from '../../app/session';
import { useLocalOrServer } from '../../app/use-local-or-server';
import { useResource } from '../../app/use-resource';
import { t } from '../../i18n';
import { type GroupView, groupView } from '../../store/queries';
import { ConflictCopies } from '../../ui/conflict-copies';
import { ErrorBox } from '../../ui/error-box';
import { Loading } from '../../ui/loading';
import { PendingChanges } from '../../ui/pending-changes';
import { MembersTable } from './members-table';

/** A group as the screens show it; `may` when the server answered (its policy, with all the facts). */
export type GroupShown = GroupView & { may?: Detail['may'] };

export const loadGroup = (groupId: string): Promise<GroupShown> =>
  api
    .get<Detail>(`/api/groups/${groupId}`)
    .then((d) => ({ group: d.group, orgUnit: d.orgUnit, members: d.members, may: d.may }));

/** A group from the local store when it is one of the user's; from the server otherwise. */
export function useGroup(groupId: string | undefined) {
  return useLocalOrServer<GroupShown>(
    async (db) => (groupId ? groupView(db, groupId) : undefined),
    () => (groupId ? loadGroup(groupId) : Promise.reject(new Error('no group'))),
    [groupId],
  );
}

/**
 * Former members are not part of the working set: online, their names come from the server;
 * offline the table says the name is not on this phone.
 */
export function useMemberNames(view: GroupView | undefined, fromServer: boolean) {
  const missing = !fromServer && !!view && view.members.some((m) => m.fullName === null) && online.value;
  const names = useResource(
    () =>
      missing && view
        ? loadGroup(view.group.id).then((d) => new Map(d.members.map((m) => [m.id, m.fullName])))
        : Promise.resolve(null),
    [missing, view?.group.id],
  );
  if (!view) return [];
  return view.members.map((m) => ({ ...m, fullName: m.fullName ?? names.data?.get(m.id) ?? null }));
}

export function GroupDetail({ groupId }: { groupId: string }) {
  const detail = useGroup(groupId);
  const members = useMemberNames(detail.data, detail.fromServer);
  const group = detail.data?.group;
  const local = useLocalResource(
    (db) => (group ? localGroupResource(db, group) : Promise.resolve(null)),
    [group?.id, group?.orgUnitId],
  );
  if (detail.loading && !detail.data) return <Loading />;
  if (detail.error) return <ErrorBox error={detail.error} />;
  const d = detail.data;
  if (!d) return null;
  const day = today();
  const iMentor = members.some(
    (m) => m.personId === me.value?.personId && m.role === 'mentor' && isCurrentMember(m, day),
  );
  return (
    <div class="stack">
      <p>
        <a href="/groups">{t('groups.back')}</a>
      </p>
      <div class="title-row">
        <h1>{d.group.name}</h1>
        {(d.may ? d.may.update : !!local && may('update', local)) && (
          <a class="button" href={`/groups/${d.group.id}/edit`}>
            {t('groups.edit')}
          </a>
        )}
      </div>
      <ConflictCopies recordId={d.group.id} />
      <dl class="facts card">
        <div>
          <dt>{t('groups.kind')}</dt>
          <dd>{t(`groupKind.${d.group.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('groups.unit')}</dt>
          <dd>{d.orgUnit ? <a href={`/org/${d.orgUnit.id}`}>{d.orgUnit.name}</a> : '—'}</dd>
        </div>
      </dl>
      <p>
        <a class="button secondary" href={`/groups/${d.group.id}/meetings`}>
          {t('meetings.title')}
        </a>
      </p>
      <section class="card" aria-labelledby="members-title">
        <h2 id="members-title">{t('groups.members')}</h2>
        <MembersTable members={members} menteePages={iMentor} />
      </section>
      <PendingChanges recordId={d.group.id} />
    </div>
  );
}
