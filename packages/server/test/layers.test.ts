import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The dependency direction of ARCHITECTURE §6, checked on the source (issue 7): core imports
 * nothing but zod; the server's runner, sync and db layers never import an area module (no
 * module → runner → module loop); only app.ts gathers the area descriptors; web never imports server.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Shipped source files: not tests, nor the test helpers beside them (`test-*.ts`, e.g. policy/test-matrix.ts). */
function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) && !/^test-/.test(e.name))
    .map((e) => relative(root, join(e.parentPath, e.name)));
}

/** Each import specifier of a file (static, dynamic and re-exports), resolved to a repo path when relative. */
export function importsOf(file: string, text: string): string[] {
  const patterns = [
    /^\s*(?:import|export)\s[^;]*?\sfrom\s*['"]([^'"]+)['"]/gm,
    /^\s*import\s*['"]([^'"]+)['"]/gm,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  const specs = patterns.flatMap((p) => [...text.matchAll(p)].map((m) => m[1] as string));
  return specs.map((s) => (s.startsWith('.') ? relative(root, resolve(root, dirname(file), s)) : s));
}

function violations(dirs: string[], forbidden: (target: string, file: string) => boolean): string[] {
  return dirs
    .flatMap(sources)
    .flatMap((f) => importsOf(f, readFileSync(join(root, f), 'utf8')).map((t) => ({ f, t })))
    .filter(({ f, t }) => forbidden(t, f))
    .map(({ f, t }) => `${f} → ${t}`);
}

describe('layers', () => {
  it('core imports only itself, zod, and the phone library in its phone module', () => {
    // Issue 10: one canonical phone form for the server and the phone alike (libphonenumber-js).
    const allowed = (t: string, f: string) =>
      t.startsWith('packages/core/') ||
      /^zod(\/|$)/.test(t) ||
      (/^libphonenumber-js(\/|$)/.test(t) && f === 'packages/core/src/names/phone.ts');
    expect(violations(['packages/core/src'], (t, f) => !allowed(t, f))).toEqual([]);
  });

  it("the server's runner, sync and db layers never import an area module", () => {
    const below = ['packages/server/src/commands', 'packages/server/src/sync', 'packages/server/src/db'];
    expect(violations(below, (t) => t.startsWith('packages/server/src/modules/'))).toEqual([]);
    expect(
      violations(['packages/server/src'], (t, f) => f === 'packages/server/src/area.ts' && t.includes('/modules/')),
    ).toEqual([]);
  });

  it('only app.ts gathers the area descriptors', () => {
    const gather = violations(
      ['packages/server/src', 'packages/web/src'],
      (t, f) => /\/modules\/[^/]+\/area$/.test(t) && f !== 'packages/server/src/app.ts',
    );
    expect(gather).toEqual([]);
  });

  it('the web app never imports the server', () => {
    expect(
      violations(['packages/web/src'], (t) => t.startsWith('packages/server/') || t.startsWith('@mentora/server')),
    ).toEqual([]);
  });

  it('finds an upward import when there is one', () => {
    const file = 'packages/server/src/commands/run.ts';
    const found = importsOf(file, "import { groupHandlers } from '../modules/groups/commands';");
    expect(found).toEqual(['packages/server/src/modules/groups/commands']);
  });
});
