import type { z } from 'zod';

/** One command as core knows it: the input schema both ends validate with, and whether a device may queue it offline. */
export interface CommandDef {
  readonly input: z.ZodType;
  readonly sync: boolean;
}

/**
 * What core knows of an area (ARCHITECTURE §6, "an area lives in one place"): its commands, the
 * tables it syncs to devices, and the text fields of its update commands that keep a conflict copy.
 * The server's area descriptor adds handlers, routes and SQL; `areas/index.ts` combines these.
 */
export interface CoreArea<C extends Record<string, CommandDef>, T extends string> {
  readonly commands: C;
  readonly syncTables: readonly T[];
  /** command → the table it edits and the fields that keep a conflict copy (ADR 0009). */
  readonly conflictFields: { readonly [command: string]: { readonly table: T; readonly fields: readonly string[] } };
}

/** Keeps literal command names and table names while checking the shape. */
export function coreArea<const C extends Record<string, CommandDef>, const T extends string>(
  area: CoreArea<C, T>,
): CoreArea<C, T> {
  return area;
}
