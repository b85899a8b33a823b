import type { OrgUnitDetailResponse as OrgUnitDetail, OrgUnitWithCount } from '@mentora/core/types';
import { useState } from 'preact/hooks';
import { api } from '../../app/api';
import { formatNumber } from '../../app/format';
import { may, mayImport } from '../../app/policy';
import { programId } from '../../app/session';
import { useResource } from '../../app/use-resource';
import { t } from '../../i18n';
import { ErrorBox } from '../../ui/error-box';
import { Loading } from '../../ui/loading';
import { Ltr } from '../../ui/ltr';
import { OnlineOnly } from '../../ui/online-only';
import { UnitStats } from '../../ui/stats-view';

const loadChildren = (program: string, parentId?: string) =>
  api.get<{ items: OrgUnitWithCount[] }>('/api/org-units', { programId: program, parentId }).then((r) => r.items);

/** One node; its children are fetched the first time it is opened (a district can hold 1,000 schools). */
function TreeNode({ unit, program, selectedId }: { unit: OrgUnitWithCount; program: string; selectedId?: string }) {
  const [open, setOpen] = useState(false);
  const [kids, setKids] = useState<OrgUnitWithCount[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function toggle() {
    if (!open && kids === null) {
      try {
        setKids(await loadChildren(program, unit.id));
      } catch (err) {
        setError(err);
      }
    }
    setOpen(!open);
  }

  return (
    <li>
      <div class="tree-row">
        {unit.childCount > 0 ? (
          <button
            type="button"
            class="tree-toggle"
            aria-expanded={open}
            aria-label={t(open ? 'org.collapse' : 'org.expand', { name: unit.name })}
            onClick={toggle}
          >
            <span aria-hidden="true">{open ? '−' : '+'}</span>
          </button>
        ) : (
          <span class="tree-spacer" />
        )}
        <a href={`/org/${unit.id}`} aria-current={unit.id === selectedId ? 'page' : undefined}>
          {unit.name}
        </a>
        <span class="muted"> · {t(`unitKind.${unit.kind}`)}</span>
        {unit.childCount > 0 && <span class="muted"> ({formatNumber(unit.childCount)})</span>}
      </div>
      <ErrorBox error={error} />
      {open && kids && (
        <ul class="tree">
          {kids.map((k) => (
            <TreeNode key={k.id} unit={k} program={program} selectedId={selectedId} />
          ))}
        </ul>
      )}
    </li>
  );
}

function SelectedUnit({ unitId }: { unitId: string }) {
  const detail = useResource(() => api.get<OrgUnitDetail>(`/api/org-units/${unitId}`), [unitId]);
  if (detail.loading && !detail.data) return <Loading />;
  if (detail.error) return <ErrorBox error={detail.error} />;
  const d = detail.data;
  if (!d) return null;
  return (
    <section class="card" aria-labelledby="unit-title">
      <nav aria-label={t('org.breadcrumbs')}>
        <ol class="breadcrumbs">
          <li>
            <a href="/org">{t('nav.org')}</a>
          </li>
          {d.ancestors.map((a) => (
            <li key={a.id}>
              <a href={`/org/${a.id}`}>{a.name}</a>
            </li>
          ))}
          <li aria-current="page">{d.unit.name}</li>
        </ol>
      </nav>
      <h2 id="unit-title">{d.unit.name}</h2>
      <dl class="facts">
        <div>
          <dt>{t('org.kind')}</dt>
          <dd>{t(`unitKind.${d.unit.kind}`)}</dd>
        </div>
        {d.unit.emisCode && (
          <div>
            <dt>{t('org.emisCode')}</dt>
            <dd>
              <Ltr>{d.unit.emisCode}</Ltr>
            </dd>
          </div>
        )}
        <div>
          <dt>{t('org.units')}</dt>
          <dd>{formatNumber(d.childCount)}</dd>
        </div>
        <div>
          <dt>{t('org.people')}</dt>
          <dd>{formatNumber(d.personCount)}</dd>
        </div>
      </dl>
      <p class="actions">
        <a class="button secondary" href={`/people?unit=${d.unit.id}`}>
          {t('org.seePeople')}
        </a>
        <a class="button secondary" href={`/groups?unit=${d.unit.id}`}>
          {t('org.seeGroups')}
        </a>
      </p>
      <Stats unit={d.unit} />
    </section>
  );
}

/** Aggregates are for officials of the unit's subtree (core policy/monitoring.ts); a mentor browsing the tree does not get them. */
function Stats({ unit }: { unit: OrgUnitDetail['unit'] }) {
  if (!may('read', { type: 'aggregate', programId: unit.programId, path: unit.path })) return null;
  const unitId = unit.id;
  return (
    <>
      <h3>{t('org.stats')}</h3>
      <UnitStats unitId={unitId} />
    </>
  );
}

function OrgTreeScreen({ unitId }: { unitId?: string }) {
  const program = programId.value;
  const top = useResource(() => (program ? loadChildren(program) : Promise.resolve([])), [program]);
  return (
    <div class="split">
      <section class="tree-pane" aria-labelledby="org-title">
        <h1 id="org-title">{t('org.title')}</h1>
        {top.loading && <Loading />}
        <ErrorBox error={top.error} />
        {program && top.data && (
          <ul class="tree">
            {top.data.map((u) => (
              <TreeNode key={u.id} unit={u} program={program} selectedId={unitId} />
            ))}
          </ul>
        )}
        {mayImport.value && <p class="muted">{t('org.importHint')}</p>}
      </section>
      <div class="detail-pane">
        {unitId ? <SelectedUnit unitId={unitId} /> : <p class="muted">{t('org.choose')}</p>}
      </div>
    </div>
  );
}

export function OrgTree(props: { unitId?: string }) {
  return (
    <OnlineOnly title={t('org.title')}>
      <OrgTreeScreen {...props} />
    </OnlineOnly>
  );
}
