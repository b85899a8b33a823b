import { useEffect, useState } from 'preact/hooks';
import { api } from '../app/api';
import type { OrgUnit, OrgUnitDetail, OrgUnitWithCount } from '../app/api-types';
import { t } from '../i18n';
import { Field } from './field';

interface Props {
  /** Id prefix for the selects' labels. */
  id: string;
  label: string;
  programId: string;
  value: string | null;
  onChange: (unitId: string | null) => void;
  /** Text of the empty choice at the top level ("any unit" for filters, "choose" for forms). */
  emptyLabel: string;
  required?: boolean;
}

interface Level {
  parent: OrgUnit | null;
  options: OrgUnitWithCount[];
  selected: OrgUnitWithCount | null;
}

const children = (programId: string, parentId: string | null) =>
  api
    .get<{ items: OrgUnitWithCount[] }>('/api/org-units', { programId, parentId: parentId ?? undefined })
    .then((r) => r.items);

/**
 * Cascading selects, one per level (province → district → cluster → school): a district has too
 * many schools for one list, and each level is fetched only when its parent is chosen.
 */
export function UnitPicker({ id, label, programId, value, onChange, emptyLabel, required }: Props) {
  const [levels, setLevels] = useState<Level[]>([]);

  // Build the chain for the initial value once; later changes come from the selects themselves.
  useEffect(() => {
    let live = true;
    (async () => {
      const top = await children(programId, null);
      const built: Level[] = [{ parent: null, options: top, selected: null }];
      if (value) {
        const detail = await api.get<OrgUnitDetail>(`/api/org-units/${value}`);
        const chain = [...detail.ancestors, detail.unit];
        const start = chain.findIndex((u) => top.some((o) => o.id === u.id));
        for (const unit of start >= 0 ? chain.slice(start) : []) {
          const level = built[built.length - 1];
          if (!level) break;
          const option = level.options.find((o) => o.id === unit.id) ?? null;
          level.selected = option;
          if (!option || option.childCount === 0) break;
          built.push({ parent: option, options: await children(programId, option.id), selected: null });
        }
      }
      if (live) setLevels(built);
    })().catch(() => live && setLevels([]));
    return () => {
      live = false;
    };
  }, [programId]);

  async function choose(index: number, unitId: string) {
    const level = levels[index];
    if (!level) return;
    const option = level.options.find((o) => o.id === unitId) ?? null;
    const next = levels.slice(0, index + 1).map((l, i) => (i === index ? { ...l, selected: option } : l));
    setLevels(next);
    onChange(option ? option.id : (level.parent?.id ?? null));
    if (option && option.childCount > 0) {
      const options = await children(programId, option.id);
      setLevels([...next, { parent: option, options, selected: null }]);
    }
  }

  return (
    <div class="unit-picker">
      {levels.map((level, index) => {
        const selectId = `${id}-${index}`;
        return (
          <Field
            key={level.parent?.id ?? 'top'}
            id={selectId}
            label={level.parent ? t('unitPicker.within', { name: level.parent.name }) : label}
            required={required && index === 0}
          >
            {(control) => (
              <select
                {...control}
                value={level.selected?.id ?? ''}
                onChange={(e) => choose(index, e.currentTarget.value)}
              >
                <option value="">{level.parent ? t('unitPicker.all', { name: level.parent.name }) : emptyLabel}</option>
                {level.options.map((o) => (
                  <option key={o.id} value={o.id}>
                    {`${o.name} · ${t(`unitKind.${o.kind}`)}`}
                  </option>
                ))}
              </select>
            )}
          </Field>
        );
      })}
    </div>
  );
}
