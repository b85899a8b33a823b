import { describe, expect, it } from 'vitest';
import { can, type Resource } from './index';
import { AREA_COUNT, POLICIES } from './registry';
import { actors, C1, G, P } from './test-matrix';

// Vitest (Vite) inlines the source of the policy files; core has no Node types, by design (no I/O).
declare global {
  interface ImportMeta {
    glob(pattern: string, options: { query: '?raw'; import: 'default'; eager: true }): Record<string, string>;
  }
}
const sources = import.meta.glob('./*.ts', { query: '?raw', import: 'default', eager: true });

/** The modules a policy file loads at run time (type-only imports vanish: verbatimModuleSyntax). */
function runtimeImports(text: string): string[] {
  const specifiers = [...text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]);
  return specifiers.filter((s): s is string => s !== undefined);
}

describe('policy registry (can() dispatch)', () => {
  it('declares each resource type once', () => {
    expect(POLICIES.size).toBe(AREA_COUNT);
  });

  it('refuses a resource type no area declares, even to the system admin', () => {
    const visit = { type: 'visit', programId: P, path: C1 } as unknown as Resource;
    expect(can(actors.sysadmin, 'read', visit)).toBe(false);
    const proto = { type: 'toString', programId: P } as unknown as Resource;
    expect(can(actors.sysadmin, 'read', proto)).toBe(false);
  });

  it('refuses an action the area does not declare, even to the system admin', () => {
    const group = { type: 'group', programId: P, path: C1, groupId: G } as const;
    // A string that reached the client from elsewhere (an old cache, a typo) is refused at run time too.
    expect(can(actors.sysadmin, 'acknowledge' as 'read', group)).toBe(false);
    expect(can(actors.sysadmin, 'read', group)).toBe(true);
  });

  it('loads no zod: the web bundle imports the policy from @mentora/core/policy', () => {
    const seen = new Set<string>();
    const queue = ['./index.ts'];
    const outside: string[] = [];
    while (queue.length) {
      const file = queue.pop() as string;
      if (seen.has(file)) continue;
      seen.add(file);
      const text = sources[file];
      if (text === undefined) {
        outside.push(file); // another folder of core, or a package: might carry zod
        continue;
      }
      for (const spec of runtimeImports(text)) queue.push(spec.startsWith('./') ? `${spec}.ts` : spec);
    }
    expect(seen.size).toBeGreaterThan(10);
    expect(outside).toEqual([]);
  });
});
