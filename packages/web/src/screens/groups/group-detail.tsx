import { api } from '../../app/api';
import type { GroupDetail as Detail } from '../../app/api-types';
import { canAdminister } from '../../app/session';
import { useResource } from '../../app/use-resource';
import { t } from '../../i18n';
import { ErrorBox } from '../../ui/error-box';
import { Loading } from '../../ui/loading';
import { MembersTable } from './members-table';

export function GroupDetail({ groupId }: { groupId: string }) {
  const detail = useResource(() => api.get<Detail>(`/api/groups/${groupId}`), [groupId]);
  if (detail.loading && !detail.data) return <Loading />;
  if (detail.error) return <ErrorBox error={detail.error} />;
  const d = detail.data;
  if (!d) return null;
  return (
    <div class="stack">
      <p>
        <a href="/groups">{t('groups.back')}</a>
      </p>
      <div class="title-row">
        <h1>{d.group.name}</h1>
        {canAdminister.value && (
          <a class="button" href={`/groups/${d.group.id}/edit`}>
            {t('groups.edit')}
          </a>
        )}
      </div>
      <dl class="facts card">
        <div>
          <dt>{t('groups.kind')}</dt>
          <dd>{t(`groupKind.${d.group.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('groups.unit')}</dt>
          <dd>
            <a href={`/org/${d.orgUnit.id}`}>{d.orgUnit.name}</a>
          </dd>
        </div>
      </dl>
      <section class="card" aria-labelledby="members-title">
        <h2 id="members-title">{t('groups.members')}</h2>
        <MembersTable members={d.members} />
      </section>
    </div>
  );
}
