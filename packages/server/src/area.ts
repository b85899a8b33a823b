import type {
  Actor,
  CommandDef,
  CommandName,
  ContentKind,
  CoreArea,
  ReflectionLinkType,
  Resource,
  SyncTable,
} from '@mentora/core';
import type { FastifyPluginAsync } from 'fastify';
import { type Expression, type SqlBool, sql } from 'kysely';
import type { Clock } from './clock';
import type { Handler } from './commands/context';
import type { CommandEntry, CommandTable } from './commands/run';
import type { Db } from './db/connect';
import type { WorkingSet } from './sync/working-set';

/**
 * One area of the server in one object (ARCHITECTURE §6, ADR 0015): its commands (core's input
 * schema and sync flag with the handler), its routes (a Fastify plugin whose routes carry their
 * `schema.response`), and the tables it syncs to devices. `app.ts` combines the descriptors; the
 * command runner and the sync push/pull receive what they need from there, never import modules.
 */
export interface AreaDescriptor {
  /** The area's name: the module folder, the OpenAPI tag. */
  readonly name: string;
  readonly commands: CommandTable;
  readonly routes?: FastifyPluginAsync;
  readonly syncTables: readonly SyncTableDescriptor[];
  /** The content tables the area holds (ARCHITECTURE §3): `content.share` accepts exactly these. */
  readonly contentTables?: readonly ContentTableDescriptor[];
  /** Titles of the area's items a portfolio entry links to (issue 8, point 6), by link type. */
  readonly linkTitles?: Partial<Record<ReflectionLinkType, LinkTitles>>;
}

/** A content table (standard columns, server `content/schema.ts`) by its sync name, with its kind. */
export interface ContentTableDescriptor {
  readonly table: SyncTable;
  readonly kind: ContentKind;
}

/**
 * The titles of the items with these ids that `actor` may read (others left out), e.g. a meeting's
 * "Group meeting, 12 March": what a portfolio entry shows for its link.
 */
export type LinkTitles = (db: Db, actor: Actor, ids: readonly string[]) => Promise<Map<string, string>>;

/** The columns every syncable row has (ADR 0003). */
export interface SyncRowBase {
  id: string;
  version: number;
  deletedAt: string | null;
}

/** A query over one table that the pull narrows further (the version window, a page) and runs. */
export interface Narrowable<Row> {
  where(filter: Expression<SqlBool>): Narrowable<Row>;
  orderBy(expression: Expression<unknown>): Narrowable<Row>;
  limit(rows: number): Narrowable<Row>;
  execute(): Promise<Row[]>;
}

/** How one sync table reaches devices; written once per table by its area with `syncTable()`. */
export interface SyncTableSpec<Row extends SyncRowBase> {
  readonly table: SyncTable;
  /**
   * The rows of this table in the user's working set, narrowed in SQL: one table, no join, no
   * version filter (the pull adds `version > cursor AND version <= snapshot`). Tombstones included,
   * so a deletion inside the set reaches the device. Index the scope column with `version`.
   */
  scope(db: Db, ws: WorkingSet): Narrowable<Row>;
  /** The record a device stores for a row. */
  toRecord(row: Row): object;
  /** The policy resource of each live row, by id, in a few queries for the whole batch (never one per row). */
  resources(db: Db, rows: readonly Row[], clock: Clock): Promise<Map<string, Resource>>;
  /**
   * Optional: a value that changes when rows this device may hold become unreadable for it
   * without leaving its working set (a raiser takes a concern back from the cluster). It joins the
   * working set's scope key, so the device resets and loses them at its next pull. One small,
   * indexed read: it runs on every pull.
   */
  scopeKey?(db: Db, ws: WorkingSet): Promise<string>;
}

/** One changed row as the pull handles it, whatever its table. */
export interface SyncedRow {
  id: string;
  version: number;
  deleted: boolean;
  record: Record<string, unknown>;
}

/** A sync table with its row type hidden, so the pull can loop over a list of them. */
export interface SyncTableDescriptor {
  readonly table: SyncTable;
  /**
   * The rows in the working set whose version lies in the window (any version when null), only
   * those with the given ids when `only` is set, with the policy resources of the live ones.
   */
  changed(
    db: Db,
    ws: WorkingSet,
    window: VersionWindow | null,
    clock: Clock,
    only?: readonly string[],
  ): Promise<{ rows: SyncedRow[]; resources: Map<string, Resource> }>;
  /** See `SyncTableSpec.scopeKey`. */
  scopeKey?(db: Db, ws: WorkingSet): Promise<string>;
}

/** Versions above the device's cursor up to the snapshot taken when the pull began. */
export interface VersionWindow {
  from: number;
  to: number;
  /**
   * At most this many rows, the lowest versions first (a page; the query asks for one more, so the
   * caller sees that the table has more). Unset: every row in the window.
   */
  limit?: number;
}

/** `version > from AND version <= to`, on the (single) table of the query it narrows. */
export function versionWindow(w: VersionWindow): Expression<SqlBool> {
  return sql<SqlBool>`${sql.ref('version')} > ${w.from} and ${sql.ref('version')} <= ${w.to}`;
}

/** `column IN (ids)`, or false for no ids (an empty `IN ()` is a syntax error on PostgreSQL). */
export function inIds(column: string, ids: readonly string[]): Expression<SqlBool> {
  return ids.length ? sql<SqlBool>`${sql.ref(column)} in (${sql.join(ids)})` : sql<SqlBool>`1 = 0`;
}

/** Builds a sync table's descriptor from its typed spec. */
export function syncTable<Row extends SyncRowBase>(spec: SyncTableSpec<Row>): SyncTableDescriptor {
  return {
    table: spec.table,
    ...(spec.scopeKey ? { scopeKey: spec.scopeKey } : {}),
    async changed(db, ws, window, clock, only) {
      let q = spec.scope(db, ws);
      if (window) q = q.where(versionWindow(window));
      if (window?.limit !== undefined)
        q = q
          .orderBy(sql.ref('version'))
          .orderBy(sql.ref('id'))
          .limit(window.limit + 1);
      if (only) q = q.where(inIds('id', only));
      const raw = await q.execute();
      const live = raw.filter((r) => r.deletedAt === null);
      const resources = live.length ? await spec.resources(db, live, clock) : new Map<string, Resource>();
      const rows = raw.map((r) => ({
        id: r.id,
        version: Number(r.version),
        deleted: r.deletedAt !== null,
        record: { ...spec.toRecord(r) },
      }));
      return { rows, resources };
    },
  };
}

/** The handlers of exactly the commands an area declares in core: none missing, none extra. */
export type AreaHandlers<C extends Record<string, CommandDef>> = { [N in keyof C & CommandName]: Handler<N> };

/** Joins an area's command definitions from core with its handlers into the runner's table. */
export function commandsOf<C extends Record<string, CommandDef>>(
  core: CoreArea<C>,
  handlers: AreaHandlers<C>,
): CommandTable {
  const table = new Map<string, CommandEntry>();
  for (const [name, def] of Object.entries(core.commands)) {
    const handler = (handlers as Record<string, CommandEntry['handler']>)[name];
    if (!handler) throw new Error(`Command ${name} has no handler`);
    table.set(name, { input: def.input, sync: def.sync, anonymous: def.anonymous === true, handler });
  }
  return table;
}

/** Combines the areas' commands into one table; a name declared twice is a programming error. */
export function combineCommands(areas: readonly AreaDescriptor[]): CommandTable {
  const all = new Map<string, CommandEntry>();
  for (const area of areas)
    for (const [name, entry] of area.commands) {
      if (all.has(name)) throw new Error(`Command ${name} is declared by two areas`);
      all.set(name, entry);
    }
  return all;
}

/** The sync tables of all areas, in the order given. */
export function combineSyncTables(areas: readonly AreaDescriptor[]): SyncTableDescriptor[] {
  return areas.flatMap((a) => a.syncTables);
}

/** The content tables of all areas; a table declared twice is a programming error. */
export function combineContentTables(areas: readonly AreaDescriptor[]): ReadonlyMap<string, ContentTableDescriptor> {
  const all = new Map<string, ContentTableDescriptor>();
  for (const t of areas.flatMap((a) => a.contentTables ?? [])) {
    if (all.has(t.table)) throw new Error(`Content table ${t.table} is declared by two areas`);
    all.set(t.table, t);
  }
  return all;
}
