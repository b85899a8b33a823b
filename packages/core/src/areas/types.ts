import type { z } from 'zod';

/** One command as core knows it: the input schema both ends validate with, and whether a device may queue it offline. */
export interface CommandDef {
  readonly input: z.ZodType;
  readonly sync: boolean;
  /**
   * The args must not be kept once the command ran (ADR 0022, anonymous feedback): the sync push
   * stores `null` for them whether the mutation was applied or rejected.
   */
  readonly anonymous?: boolean;
}

/**
 * What core knows of an area (ARCHITECTURE §6, "an area lives in one place"): its commands (the
 * tables it syncs and their conflict fields are in its zod-free `mutators/<area>.ts`, combined in `areas/device.ts`).
 * The server's area descriptor adds handlers, routes and SQL; `areas/index.ts` combines these.
 */
export interface CoreArea<C extends Record<string, CommandDef>> {
  readonly commands: C;
}

/** Keeps literal command names and table names while checking the shape. */
export function coreArea<const C extends Record<string, CommandDef>>(area: CoreArea<C>): CoreArea<C> {
  return area;
}
