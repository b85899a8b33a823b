import { CONFLICT_FIELDS, SYNC_TABLES } from '@mentora/core';
import { describe, expect, it } from 'vitest';
import { AREAS, COMMANDS } from '../src/app';
import { combineSyncTables } from '../src/area';

/**
 * Core combines each area's device tables zod-free for the web app (`areas/device.ts`, ADR 0015/0018); the
 * server's area descriptors say how each is read. The two lists must name the same tables, or a
 * device would keep a table no pull fills (or miss one the server sends).
 */
describe('area lists agree', () => {
  it("every table in core's SYNC_TABLES has exactly one server descriptor (conflict copies travel with their record)", () => {
    const served = combineSyncTables(AREAS).map((t) => t.table);
    expect(new Set(served).size).toBe(served.length);
    expect([...served, 'conflictCopies'].sort()).toEqual([...SYNC_TABLES].sort());
  });

  it('every command with conflict fields exists, may be queued offline, and edits a served table', () => {
    const served = new Set(combineSyncTables(AREAS).map((t) => t.table));
    for (const [name, spec] of Object.entries(CONFLICT_FIELDS)) {
      expect(COMMANDS.get(name)?.sync, name).toBe(true);
      expect(served.has(spec.table), `${name} → ${spec.table}`).toBe(true);
    }
  });
});
