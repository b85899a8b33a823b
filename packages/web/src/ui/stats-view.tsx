import type { ExperienceCounts, GenderCounts, OrgUnitStatsResponse as OrgUnitStats } from '@mentora/core/types';
import { api } from '../app/api';
import { formatNumber } from '../app/format';
import { useResource } from '../app/use-resource';
import { t } from '../i18n';
import { ErrorBox } from './error-box';
import { Loading } from './loading';
import { ltrText } from './ltr';

const GENDERS = ['female', 'male', 'other', 'unknown'] as const;
const BANDS = ['0-3', '4-8', '9-13', '14+', 'unknown'] as const;

function Split<K extends string>({
  caption,
  keys,
  label,
  teachers,
  mentors,
}: {
  caption: string;
  keys: readonly K[];
  label: (k: K) => string;
  teachers: Record<K, number>;
  mentors: Record<K, number>;
}) {
  return (
    <div class="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('stats.band')}</th>
            <th scope="col" class="num">
              {t('stats.teachers')}
            </th>
            <th scope="col" class="num">
              {t('stats.mentors')}
            </th>
          </tr>
        </thead>
        <tbody>
          {keys.map((k) => (
            <tr key={k}>
              <th scope="row">{label(k)}</th>
              <td class="num">{formatNumber(teachers[k] ?? 0)}</td>
              <td class="num">{formatNumber(mentors[k] ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function StatsFigures({ stats }: { stats: OrgUnitStats }) {
  return (
    <div class="stats">
      <dl class="figures">
        <div>
          <dt>{t('stats.teachers')}</dt>
          <dd>{formatNumber(stats.teachers)}</dd>
        </div>
        <div>
          <dt>{t('stats.mentors')}</dt>
          <dd>{formatNumber(stats.mentors)}</dd>
        </div>
        <div>
          <dt>{t('stats.groups')}</dt>
          <dd>{formatNumber(stats.groups)}</dd>
        </div>
      </dl>
      <Split<keyof GenderCounts>
        caption={t('stats.byGender')}
        keys={GENDERS}
        label={(k) => t(`gender.${k}`)}
        teachers={stats.teachersByGender}
        mentors={stats.mentorsByGender}
      />
      <Split<keyof ExperienceCounts>
        caption={t('stats.byExperience')}
        keys={BANDS}
        label={(k) => (k === 'unknown' ? t('stats.unknownExperience') : t('stats.years', { band: ltrText(k) }))}
        teachers={stats.teachersByExperience}
        mentors={stats.mentorsByExperience}
      />
    </div>
  );
}

/** Aggregate figures of a unit's subtree (officials see counts, never mentoring content). */
export function UnitStats({ unitId }: { unitId: string }) {
  const stats = useResource(() => api.get<OrgUnitStats>(`/api/org-units/${unitId}/stats`), [unitId]);
  if (stats.loading && !stats.data) return <Loading />;
  if (stats.error) return <ErrorBox error={stats.error} />;
  return stats.data ? <StatsFigures stats={stats.data} /> : null;
}
