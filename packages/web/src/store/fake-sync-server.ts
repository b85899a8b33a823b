import { applyMutation, baseTable, createsRecord, hasMutator, type RowStore } from '@mentora/core/mutators';
import type {
  Change,
  Mutation,
  PullResponse,
  PushRequest,
  PushResponse,
  RejectedMutation,
  SyncTable,
} from '@mentora/core/sync';
import { SyncError, type SyncTransport } from './sync';

/**
 * A test double of the server's push/pull (packages/server/src/sync) for the store's unit tests:
 * exactly once per (client, mutation id), in order (a gap is a 409), refusals recorded and
 * returned from `pending` on, pulls paged by version. Commands run through the device's own
 * mutators (core's); `refuse` decides which the "server" rejects.
 */
/** A test may seed the fake with partial records: it stores what it is given. */
type Row = { id: string } & Record<string, unknown>;

export class FakeSyncServer implements SyncTransport {
  version = 0;
  rows = new Map<SyncTable, Map<string, { v: number; d?: Row }>>();
  clients = new Map<string, { last: number; rejected: RejectedMutation[] }>();
  pushes: PushRequest[] = [];
  pageSize = 1000;
  /** Fails the next request this way before it reaches the "server". */
  failNext: SyncError | null = null;
  /** Applies the next push, then loses its answer. */
  loseNextAnswer = false;
  refuse: (m: Mutation) => RejectedMutation['error'] | null = () => null;

  table(t: SyncTable): Map<string, { v: number; d?: Row }> {
    const m = this.rows.get(t) ?? new Map();
    this.rows.set(t, m);
    return m;
  }

  put(t: SyncTable, row: Row): void {
    this.table(t).set(row.id, { v: ++this.version, d: row });
  }

  get(t: SyncTable, id: string): Row | undefined {
    return this.table(t).get(id)?.d;
  }

  /** Forgets a client's progress, as a restore from an old backup would. */
  forget(clientId: string, last: number): void {
    const c = this.clients.get(clientId);
    if (c) c.last = last;
  }

  private store(): RowStore {
    // The fake's rows are whatever a test seeded; mutators read only the fields their command names.
    const loose: Record<keyof RowStore, (...args: never[]) => Promise<unknown>> = {
      get: async (t: SyncTable, id: string) => this.get(t, id),
      find: async (t: SyncTable, field: string, value: unknown) =>
        [...this.table(t).values()].flatMap((r) => (r.d && r.d[field] === value ? [r.d] : [])),
      put: async (t: SyncTable, row: Row) => this.put(t, row),
      remove: async (t: SyncTable, id: string) => void this.table(t).set(id, { v: ++this.version }),
    };
    return loose as RowStore;
  }

  private fault(): void {
    const f = this.failNext;
    this.failNext = null;
    if (f) throw f;
  }

  async push(body: PushRequest): Promise<PushResponse> {
    this.fault();
    this.pushes.push(structuredClone(body));
    const client = this.clients.get(body.clientId) ?? { last: 0, rejected: [] };
    this.clients.set(body.clientId, client);
    const results: PushResponse['results'] = [];
    for (const m of body.mutations) {
      if (m.id <= client.last) {
        results.push({ id: m.id, status: 'skipped' });
        continue;
      }
      if (m.id !== client.last + 1) throw new SyncError(409, 'conflict');
      const error =
        this.refuse(m) ?? (this.get(tableOf(m), String((m.args as Row).id)) || creates(m) ? null : notFound);
      if (error || !hasMutator(m.name)) {
        client.rejected.push({ id: m.id, name: m.name, args: m.args, error: error ?? notFound });
        results.push({ id: m.id, status: 'rejected', ...(error ? { error } : {}) });
      } else {
        await applyMutation(this.store(), m.name, m.args as Row, '2026-03-01T00:00:00.000Z');
        results.push({ id: m.id, status: 'applied' });
      }
      client.last = m.id;
    }
    // As the real server: rejections below the device's oldest queued id are stored on the device.
    if (body.acknowledged) {
      const below = Math.min(body.acknowledged, client.last + 1);
      client.rejected = client.rejected.filter((r) => r.id >= below);
    }
    if (this.loseNextAnswer) {
      this.loseNextAnswer = false;
      throw new SyncError(0, 'network');
    }
    const skew = this.skewOf(body.deviceTime);
    return { lastMutationId: client.last, results, ...(skew === undefined ? {} : { clockSkewSeconds: skew }) };
  }

  /** The server's clock (as the real server: a device minutes off is told by how much). */
  now = new Date('2026-03-15T09:00:00.000Z');

  private skewOf(deviceTime: string | undefined): number | undefined {
    if (deviceTime === undefined) return undefined;
    const skew = Math.round((Date.parse(deviceTime) - this.now.getTime()) / 1000);
    return Math.abs(skew) > 300 ? skew : undefined;
  }

  async pull(q: {
    clientId: string;
    cursor: number;
    pending: number;
    scope?: string;
    deviceTime?: string;
  }): Promise<PullResponse> {
    this.fault();
    const client = this.clients.get(q.clientId) ?? { last: 0, rejected: [] };
    this.clients.set(q.clientId, client);
    const reset = q.cursor === 0;
    const all: Change[] = [];
    for (const [t, rows] of this.rows)
      for (const [id, r] of rows)
        if (r.v > q.cursor && !(reset && !r.d)) all.push(r.d ? { t, id, v: r.v, d: r.d } : { t, id, v: r.v });
    all.sort((a, b) => a.v - b.v);
    const page = all.slice(0, this.pageSize);
    const more = all.length > page.length;
    return {
      cursor: more ? (page[page.length - 1]?.v ?? q.cursor) : this.version,
      lastMutationId: client.last,
      reset,
      scope: 'fake',
      changes: page,
      more,
      rejected: client.rejected.filter((r) => r.id >= q.pending),
      ...(this.skewOf(q.deviceTime) === undefined ? {} : { clockSkewSeconds: this.skewOf(q.deviceTime) }),
    };
  }
}

const notFound = { code: 'not_found', message: 'Not found', details: [] };
const creates = (m: Mutation) => hasMutator(m.name) && createsRecord(m.name);
/** The record a command names: an update's base table, else its area's main table. */
const tableOf = (m: Mutation): SyncTable =>
  (hasMutator(m.name) && baseTable(m.name)) || (m.name.startsWith('person.') ? 'persons' : 'groups');
