import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNumber } from './number-field';

const src = join(import.meta.dirname, '..');
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });

describe('numbers typed in any script (issue 10, kind 2)', () => {
  it('reads Urdu and Arabic-Indic digits, and never turns unreadable text into null', () => {
    expect(readNumber('۱۲')).toBe(12);
    expect(readNumber('١٢')).toBe(12);
    expect(readNumber('  ')).toBeNull();
    expect(readNumber('12 years')).toBe('unreadable');
    expect(readNumber('۱٫۵', true)).toBe(1.5);
    expect(readNumber('1,25', true)).toBe(1.25);
  });

  it('no screen uses <input type="number">, which drops those digits and sends null', () => {
    const offenders = sources(src).filter((f) => /type=["{']+number/.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => f.slice(src.length + 1))).toEqual([]);
  });
});
