import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const exportsMap = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).exports as Record<string, string>;

/**
 * The modules a bundler would load from `entry`: imports as left after TypeScript drops the
 * type-only ones (`import type`, `export type *`), followed through relative paths. Returns the
 * files reached and every package (bare specifier) imported on the way, with the file importing it.
 */
function importGraph(entry: string): { files: Set<string>; packages: Map<string, string> } {
  const files = new Set<string>();
  const packages = new Map<string, string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const js = ts.transpileModule(readFileSync(file, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
    }).outputText;
    for (const m of js.matchAll(
      /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]/g,
    )) {
      const spec = (m[1] ?? m[2]) as string;
      if (!spec.startsWith('.')) {
        if (!packages.has(spec)) packages.set(spec, file);
        continue;
      }
      const base = resolve(dirname(file), spec);
      const target = [`${base}.ts`, join(base, 'index.ts'), base].find((f) => existsSync(f) && f.endsWith('.ts'));
      if (!target) throw new Error(`${file}: cannot resolve ${spec}`);
      visit(target);
    }
  };
  visit(join(root, entry));
  return { files, packages };
}

const zodFree = Object.entries(exportsMap).filter(([path]) => path !== '.');

describe("core's entry points for the web app carry no zod", () => {
  it('exports the entry points the web app imports', () => {
    expect(zodFree.map(([path]) => path).sort()).toEqual([
      './calendar',
      './concerns',
      './due',
      './mutators',
      './names',
      './observations',
      './plans',
      './policy',
      './program-defaults',
      './sync',
      './types',
    ]);
  });

  // The phone library is the one package an entry may bring (issue 10: one canonical phone form on
  // the server and the phone alike); the web app loads `./names` only in the screens that edit phones.
  const PACKAGES_ALLOWED: Record<string, string[]> = { './names': ['libphonenumber-js/min'] };

  it.each(zodFree)('%s imports no package beyond its allowance (no zod, nothing server-only)', (path, entry) => {
    expect([...importGraph(entry).packages.keys()].sort()).toEqual(PACKAGES_ALLOWED[path] ?? []);
  });

  it('the walk sees zod where it is: the main entry and the command schemas', () => {
    expect(importGraph(exportsMap['.'] as string).packages.has('zod')).toBe(true);
    expect(importGraph('./src/commands/check.ts').packages.has('zod')).toBe(true);
  });
});
