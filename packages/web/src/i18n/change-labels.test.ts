import { readFileSync } from 'node:fs';
import { commandDefs } from '@mentora/core';
import { hasMutator } from '@mentora/core/mutators';
import { describe, expect, it } from 'vitest';

// Changes waiting to be sent, and changes the server refused, are listed with what the user typed,
// field by field (ui/change-summary.tsx): each label comes from `change.<area>.field.<field>`, a
// translated value from `change.<area>.value.<field>.<value>`. A missing key shows the raw field
// name — English code words on an Urdu or Albanian screen. This walks every command a device
// queues offline and asks the English file (the others must have the same keys: locales.test.ts).

type Json = { [k: string]: string | Json };
const en = JSON.parse(readFileSync(new URL('./en.json', import.meta.url), 'utf8')) as Json;
const has = (path: string) => {
  let o: string | Json | undefined = en;
  for (const k of path.split('.')) o = typeof o === 'object' ? o[k] : undefined;
  return o !== undefined;
};

/** The zod node under optional/nullable/default/pipe wrappers (zod 4 keeps them in `_zod.def`). */
function unwrap(s: unknown): { type: string; shape?: Record<string, unknown>; values?: unknown[] } {
  let node = s as { _zod: { def: Record<string, unknown> } };
  for (let i = 0; i < 10; i++) {
    const def = node._zod.def;
    const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (!inner) break;
    node = inner as typeof node;
  }
  const def = node._zod.def;
  const shape = def.type === 'object' ? (def.shape as Record<string, unknown>) : undefined;
  const values = def.type === 'enum' ? Object.values(def.entries as Record<string, unknown>) : undefined;
  return { type: String(def.type), shape, values };
}

const isId = (field: string) => field === 'id' || /Ids?$/.test(field);
const offline = Object.keys(commandDefs).filter(hasMutator);

describe('every change a device queues is named and labelled in the locale files', () => {
  it('there are offline commands to check', () => expect(offline.length).toBeGreaterThan(15));

  it.each(offline)('%s', (name) => {
    const area = name.split('.')[0] as string;
    const missing: string[] = [];
    if (!has(`change.${name}`)) missing.push(`change.${name}`);
    const input = unwrap(commandDefs[name as keyof typeof commandDefs].input);
    for (const [field, schema] of Object.entries(input.shape ?? {})) {
      if (isId(field)) continue;
      if (!has(`change.${area}.field.${field}`)) missing.push(`change.${area}.field.${field}`);
      for (const v of unwrap(schema).values ?? [])
        if (!has(`change.${area}.value.${field}.${String(v)}`)) missing.push(`change.${area}.value.${field}.${v}`);
    }
    expect(missing).toEqual([]);
  });
});
