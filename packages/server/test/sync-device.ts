import { randomUUID } from 'node:crypto';
import type { Actor, Change, Mutation, PullResponse, PushResponse, RejectedMutation, SyncTable } from '@mentora/core';

/** The server as a device sees it: push and pull, each of which may fail in transit. */
export interface SyncServer {
  /** `acknowledged`: the device's oldest outbox id — it holds every rejection below it. */
  push(actor: Actor, clientId: string, mutations: Mutation[], acknowledged?: number): Promise<PushResponse>;
  pull(actor: Actor, clientId: string, cursor: number, pending?: number, scope?: string): Promise<PullResponse>;
}

type Row = Record<string, unknown>;

/**
 * A device as the real client works: a copy of the server's rows, an outbox applied on top of it
 * (optimistic view), a cursor. Mirrors packages/web/src/store for the property test.
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

  /** The optimistic view of a record: the server's copy with this device's pending edits on top. */
  view(t: SyncTable, id: string): Row | undefined {
    let row = this.table(t).get(id);
    for (const m of this.outbox) {
      const a = m.args as Row;
      if (a.id !== id) continue;
      if ((t === 'persons' && m.name === 'person.update') || (t === 'groups' && m.name === 'group.update'))
        row = { ...row, ...a };
      if (t === 'persons' && m.name === 'person.create') row = { ...a };
    }
    return row;
  }

  /** Queues a command; `base` records what the user saw of the fields they edited. */
  issue(name: string, args: Row, baseTable?: SyncTable): Mutation {
    const before = baseTable ? this.view(baseTable, String(args.id)) : undefined;
    const base = before
      ? Object.fromEntries(
          Object.keys(args)
            .filter((k) => k !== 'id')
            .map((k) => [k, before[k]]),
        )
      : undefined;
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

  /** A whole-table picture for comparing devices. */
  picture(): Record<string, Row[]> {
    const out: Record<string, Row[]> = {};
    for (const [t, rows] of [...this.snapshot.entries()].sort(([a], [b]) => a.localeCompare(b)))
      out[t] = [...rows.values()].sort((a, b) => String(a.id).localeCompare(String(b.id)));
    return out;
  }
}
