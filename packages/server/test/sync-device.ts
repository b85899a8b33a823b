import { randomUUID } from 'node:crypto';
import type { Actor, Change, Mutation, PullResponse, PushResponse, RejectedMutation, SyncTable } from '@mentora/core';
import { applyMutation, baseOf, baseTable, hasMutator, MemoryRows } from '@mentora/core/mutators';
import type { SyncRecords } from '@mentora/core/sync';

/** The server as a device sees it: push and pull, each of which may fail in transit. */
export interface SyncServer {
  /** `acknowledged`: the device's oldest outbox id — it holds every rejection below it. */
  push(actor: Actor, clientId: string, mutations: Mutation[], acknowledged?: number): Promise<PushResponse>;
  pull(actor: Actor, clientId: string, cursor: number, pending?: number, scope?: string): Promise<PullResponse>;
}

type Row = Record<string, unknown>;

/**
 * A device as the real client works: a copy of the server's rows, an outbox applied on top of it
 * by core's mutators (the optimistic view, the same code as packages/web/src/store), a cursor.
 */
export class Device {
  readonly clientId = randomUUID();
  snapshot = new Map<SyncTable, Map<string, Row>>();
  outbox: Mutation[] = [];
  rejected: RejectedMutation[] = [];
  cursor = 0;
  /** The working set's fingerprint from the last pull, sent back with the next. */
  scope: string | undefined = undefined;
  private nextId = 1;

  constructor(readonly actor: Actor) {}

  table(t: SyncTable): Map<string, Row> {
    const m = this.snapshot.get(t) ?? new Map<string, Row>();
    this.snapshot.set(t, m);
    return m;
  }

  /**
   * What the user sees: the server's rows with this device's pending mutations applied on top, in
   * order, by core's mutators (web store: outbox.ts `rebase`).
   */
  async optimistic(only: (m: Mutation) => boolean = () => true): Promise<MemoryRows> {
    const rows = new MemoryRows();
    for (const [t, m] of this.snapshot)
      for (const [id, r] of m) rows.table(t).set(id, structuredClone({ ...r, id }) as SyncRecords[SyncTable]);
    const now = '2026-03-15T00:00:00.000Z';
    for (const m of this.outbox.filter(only)) await applyMutation(rows, m.name, m.args as Row, now);
    return rows;
  }

  /** The optimistic view of a record. */
  async view(t: SyncTable, id: string): Promise<Row | undefined> {
    const row = await (await this.optimistic()).get(t, id);
    return row ? { ...row } : undefined;
  }

  /** Queues a command with the `base` of what the user saw of the fields they edited (update commands). */
  async issue(name: string, args: Row): Promise<Mutation> {
    const table = hasMutator(name) ? baseTable(name) : undefined;
    const base = table ? baseOf(args, await this.view(table, String(args.id))) : undefined;
    const m: Mutation = { id: this.nextId++, name, args, ...(base ? { base } : {}) };
    this.outbox.push(m);
    return m;
  }

  apply(res: PullResponse): void {
    if (res.reset) this.snapshot = new Map();
    for (const c of res.changes as Change[]) {
      if (c.d) this.table(c.t).set(c.id, c.d);
      else this.table(c.t).delete(c.id);
    }
    this.cursor = res.cursor;
    this.scope = res.scope;
    // Over-large refused args come back as null: the device keeps its own copy (web store: applyPull).
    for (const r of res.rejected)
      if (!this.rejected.some((x) => x.id === r.id))
        this.rejected.push({ ...r, args: r.args ?? this.outbox.find((m) => m.id === r.id)?.args ?? null });
    // Acknowledged mutations leave the outbox; rejected ones stay visible in `rejected`.
    this.outbox = this.outbox.filter((m) => m.id > res.lastMutationId);
  }

  async pullAll(server: SyncServer): Promise<void> {
    for (let guard = 0; guard < 50; guard++) {
      const res = await server.pull(
        this.actor,
        this.clientId,
        this.cursor,
        this.outbox[0]?.id ?? this.nextId,
        this.scope,
      );
      this.apply(res);
      if (!res.more) return;
    }
    throw new Error('pull did not finish');
  }

  /** A whole-table picture of the server's rows on this device, for comparing devices. */
  picture(): Record<string, Row[]> {
    return Device.pictureOf(this.snapshot);
  }

  /** Tables sorted by name, rows by id; empty tables left out. */
  static pictureOf(tables: ReadonlyMap<SyncTable, ReadonlyMap<string, object>>): Record<string, Row[]> {
    const out: Record<string, Row[]> = {};
    for (const [t, rows] of [...tables.entries()].sort(([a], [b]) => a.localeCompare(b)))
      if (rows.size)
        out[t] = [...rows.values()]
          .map((r) => ({ ...r }) as Row)
          .sort((a, b) => String(a.id).localeCompare(String(b.id)));
    return out;
  }
}
