import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { commandDefs } from '../areas/index';
import { PastDateTime } from '../model/common';
import { clockSkewSeconds } from '../sync/protocol';
import { implausibleDates } from './plausible-dates';

const now = new Date('2026-03-15T09:00:00.000Z');
const ids = { groupId: '0190a000-0000-7000-8000-000000000001', personId: '0190a000-0000-7000-8000-000000000002' };
const check = (name: keyof typeof commandDefs, args: Record<string, unknown>) => {
  const schema = commandDefs[name].input;
  return implausibleDates(schema, schema.parse(args), now);
};

describe('dates checked against the server clock (issue 10, kind 6)', () => {
  it('refuses a membership starting a year ahead — what a phone a year fast sends — naming the cause', () => {
    const problems = check('group.addMember', { ...ids, role: 'mentee', startDate: '2027-03-15' });
    expect(problems).toEqual([
      {
        path: 'startDate',
        message: "is more than 183 days ahead: check the date and time of the phone (the server's date is 2026-03-15)",
      },
    ]);
    expect(check('group.addMember', { ...ids, role: 'mentee', startDate: '2026-04-01' })).toEqual([]);
  });

  it('refuses a meeting "held" in the future beyond ten minutes of drift, and absurd years', () => {
    const held = (heldAt: string) => check('meeting.markHeld', { id: ids.groupId, heldAt });
    expect(held('2026-03-15T09:09:00.000Z')).toEqual([]);
    expect(held('2026-03-15T09:11:00.000Z')).toEqual([
      {
        path: 'heldAt',
        message: "is in the future: check the date and time of the phone (the server's date is 2026-03-15)",
      },
    ]);
    expect(held('1999-12-31T23:59:00.000Z')).toEqual([{ path: 'heldAt', message: 'must not be before 2000-01-01' }]);
  });

  it('finds dates inside arrays and optional fields', () => {
    const schema = z.object({ notes: z.array(z.object({ at: PastDateTime.optional() })) });
    const data = { notes: [{ at: '2026-03-15T08:00:00.000Z' }, { at: '9999-01-01T00:00:00.000Z' }, {}] };
    expect(implausibleDates(schema, data, now).map((p) => p.path)).toEqual(['notes.1.at']);
  });

  it('every command date field is one of the checked kinds (no plain date slips through)', () => {
    const plain: string[] = [];
    const found: string[] = [];
    const walk = (schema: z.ZodType, path: string) => {
      const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string; format?: string } } })
        ._zod.def;
      if (def.type === 'string' && (def.format === 'date' || def.format === 'datetime')) {
        found.push(path);
        if (implausibleDates(z.object({ x: schema }), { x: '9999-01-01' }, now).length === 0) plain.push(path);
        return;
      }
      if (def.type === 'object')
        for (const [k, v] of Object.entries(def.shape as Record<string, z.ZodType>)) walk(v, `${path}.${k}`);
      if (def.type === 'array') walk(def.element as z.ZodType, `${path}[]`);
      if (['optional', 'nullable', 'default', 'prefault', 'readonly'].includes(def.type))
        walk(def.innerType as z.ZodType, path);
      if (def.type === 'pipe') walk(def.in as z.ZodType, path);
    };
    for (const [name, d] of Object.entries(commandDefs)) walk(d.input, name);
    expect(found).toContain('group.addMember.startDate'); // the walk sees the date fields
    expect(found.length).toBeGreaterThan(10);
    expect(plain).toEqual([]);
  });
});

describe('clockSkewSeconds', () => {
  it('reports a clock minutes off, ahead or behind, and ignores network delay', () => {
    expect(clockSkewSeconds('2027-03-15T09:00:00.000Z', now)).toBe(365 * 86_400);
    expect(clockSkewSeconds('2026-03-15T08:50:00.000Z', now)).toBe(-600);
    expect(clockSkewSeconds('2026-03-15T09:00:40.000Z', now)).toBeUndefined();
    expect(clockSkewSeconds(undefined, now)).toBeUndefined();
  });
});
