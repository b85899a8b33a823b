import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('./app.css', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** Declarations as `property: value`, comments left out. */
const declarations = [...css.matchAll(/([\w-]+)\s*:\s*([^;{}]+);/g)].map(([, property = '', value = '']) => ({
  property,
  value: value.trim(),
}));

// ARCHITECTURE §7: right-to-left (Urdu) with CSS logical properties and no second stylesheet; a
// physical side would stay put while the rest of the page mirrors.
describe('app.css mirrors for right-to-left pages', () => {
  it('reads its declarations', () => {
    expect(declarations.length).toBeGreaterThan(100);
  });

  it('names no physical side in a property (margin-left, border-right, left: …)', () => {
    const physical = declarations.filter(({ property }) => /(^|-)(left|right)($|-)/.test(property));
    expect(physical).toEqual([]);
  });

  it('aligns and floats by start and end, not by left and right', () => {
    const physical = declarations.filter(
      ({ property, value }) =>
        /^(text-align|float|clear|justify-content|justify-self)$/.test(property) && /\b(left|right)\b/.test(value),
    );
    expect(physical).toEqual([]);
  });
});
