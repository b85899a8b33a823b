import { v7 as uuidv7 } from 'uuid';

/** Time and ids are passed in, never read from globals, so tests can fix them. */
export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

export const newId = (): string => uuidv7();
export const isoNow = (clock: Clock): string => clock.now().toISOString();
export const today = (clock: Clock): string => clock.now().toISOString().slice(0, 10);
