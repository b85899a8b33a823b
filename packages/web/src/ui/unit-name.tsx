import type { OrgUnitDetailResponse as OrgUnitDetail } from '@mentora/core/types';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../app/api';
import { localDb } from '../store/device';
import { useLive } from '../store/live';

// Role assignments carry only a unit id; many rows share a unit, so ask once per id.
const cache = new Map<string, Promise<string>>();

function unitName(id: string): Promise<string> {
  let name = cache.get(id);
  if (!name) {
    name = api.get<OrgUnitDetail>(`/api/org-units/${id}`).then(
      (d) => d.unit.name,
      () => '',
    );
    cache.set(id, name);
  }
  return name;
}

/** The name of an org unit, linked to it in the org tree: from the local store when it is there (offline too). */
export function UnitName({ id }: { id: string }) {
  const [name, setName] = useState<string>('');
  const local = useLive(localDb.value, async (db) => (await db.rows('orgUnits').get(id))?.name, [id]);
  const known = typeof local.value === 'string' ? local.value : null;
  const settled = local.loaded || !localDb.value;
  useEffect(() => {
    if (known || !settled) return;
    let live = true;
    unitName(id).then((n) => live && setName(n));
    return () => {
      live = false;
    };
  }, [id, known, settled]);
  return <a href={`/org/${id}`}>{known ?? (name || '…')}</a>;
}
