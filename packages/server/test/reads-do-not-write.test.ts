import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorld, type World } from './world';

interface OpenApiParameter {
  name: string;
  in: string;
  required?: boolean;
}

/** Every row of every table: if a GET changes any of it, a read wrote. */
async function everything(w: World) {
  const tables = await w.handle.db.introspection.getTables();
  const out: Record<string, unknown[]> = {};
  for (const t of tables) {
    if (t.name.startsWith('kysely_')) continue;
    // biome-ignore lint/suspicious/noExplicitAny: the table list comes from the database itself
    out[t.name] = await (w.handle.db as any).selectFrom(t.name).selectAll().execute();
  }
  return out;
}

/**
 * Defect 8 as a kind: no GET in the API document writes, whoever calls it, known ids or not — apart
 * from the audit trail of exports, of reads of content shared with the reader (`content.read`,
 * ARCHITECTURE §2) and the health check's probe row (`/api/health` proves the
 * database can write by committing one row: ADR 0013). (A session's last-seen time is touched at most hourly; the fixed
 * clock of the test keeps it still.)
 */
describe('reads do not write', () => {
  let w: World;
  beforeAll(async () => {
    w = await makeWorld();
  });
  afterAll(() => w.close());

  it('every GET of the OpenAPI document leaves every table as it was', async () => {
    const doc = (await w.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const users = [await w.as('mentor'), await w.as('admin'), await w.as('mentee')];
    const value = (name: string) =>
      name === 'programId' ? w.programId : name === 'id' ? w.groupId : name === 'kind' ? 'teachers' : randomUUID();
    const before = await everything(w);
    let calls = 0;
    for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, unknown>>)) {
      const get = ops.get as { parameters?: OpenApiParameter[] } | undefined;
      if (!get) continue;
      const params = get.parameters ?? [];
      const url = path.replace(/\{(\w+)\}/g, (_m, name: string) => value(name));
      const query = params
        .filter((p) => p.in === 'query' && p.required)
        .map((p) => `${p.name}=${value(p.name)}`)
        .join('&');
      for (const u of users) {
        const res = await u.get(query ? `${url}?${query}` : url);
        expect(res.statusCode, `${path} ${res.body.slice(0, 200)}`).toBeLessThan(500);
        calls++;
      }
    }
    expect(calls).toBeGreaterThan(10);
    const after = await everything(w);
    // The writes a read may make, by design (ARCHITECTURE §2): an audit event for an export, and one
    // for a read of content only a share lets the reader see (never the pair's own reads).
    const audit = (rows: unknown[] | undefined) => (rows ?? []) as { id: string; action: string; details: string }[];
    const known = new Set(audit(before.audit_events).map((e) => e.id));
    const added = audit(after.audit_events).filter((e) => !known.has(e.id));
    const allowed = (e: { action: string; details: string }) =>
      e.action.endsWith('.export') || (e.action === 'content.read' && JSON.parse(e.details).access === 'shared');
    expect(added.filter((e) => !allowed(e))).toEqual([]);
    expect(audit(after.audit_events).filter((e) => known.has(e.id))).toEqual(audit(before.audit_events));
    // The probe rewrites its one row (its time), never adds rows.
    expect((after.health_probe ?? []).length).toBe((before.health_probe ?? []).length);
    expect({ ...after, audit_events: [], health_probe: [] }).toEqual({ ...before, audit_events: [], health_probe: [] });
  });
});
