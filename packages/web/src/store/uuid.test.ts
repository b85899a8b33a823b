import { describe, expect, it } from 'vitest';
import { uuidV7Generator, uuidv4, uuidv7 } from './uuid';

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('uuidv7', () => {
  it('is an RFC 9562 version 7 id carrying the millisecond it was made', () => {
    const sut = uuidV7Generator(() => 0x0190_1234_5678);
    const id = sut();
    expect(id).toMatch(V7);
    expect(id.replace(/-/g, '').slice(0, 12)).toBe('019012345678');
    expect(uuidv7()).toMatch(V7);
  });

  it('sorts in the order ids were made, also within one millisecond and when the clock steps back', () => {
    let ms = 1_750_000_000_000;
    const steps = [0, 0, 0, 1, 0, -5, 0, 2];
    let i = 0;
    const sut = uuidV7Generator(() => {
      ms += steps[i++ % steps.length] ?? 0;
      return ms;
    });
    const ids = Array.from({ length: 5000 }, () => sut());
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    for (const id of ids) expect(id).toMatch(V7);
  });

  it('keeps order when one millisecond holds more ids than the counter (borrowing the next one)', () => {
    const sut = uuidV7Generator(
      () => 42,
      (b) => b.fill(0xff),
    );
    const ids = Array.from({ length: 3000 }, () => sut());
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(3000);
  });
});

describe('uuidv4', () => {
  it('is a random version 4 id (the device client id)', () => {
    expect(uuidv4()).toMatch(V4);
    expect(uuidv4()).not.toBe(uuidv4());
  });
});
