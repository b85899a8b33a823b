import type { Actor } from '@mentora/core';
import type { Clock } from '../clock';
import { makeContext } from '../commands/context';
import { type CommandTable, executeCommand } from '../commands/run';
import type { Db } from '../db/connect';
import type { UserRow } from '../db/schema';
import { loadActor } from '../modules/auth/queries';

const DAY_MS = 86_400_000;

/**
 * Plays demo activity through the real command table (validation, policy, handlers), inside the
 * seed's transaction, each command with its own clock set back in time, so dates and versions look
 * like months of use. `today`: the seed's clock; `ids`: the seed's PRNG ids (UUIDv7).
 */
export class ActivityRunner {
  private readonly actors = new Map<string, Actor>();
  private readonly today: Date;

  constructor(
    private readonly trx: Db,
    private readonly commands: CommandTable,
    clock: Clock,
    readonly id: () => string,
  ) {
    this.today = clock.now();
  }

  /**
   * The moment `daysAgo` days before today at `hour`:`minute` UTC, moved off a weekend (Saturday back
   * to Friday, Sunday on to Monday) because schools meet on weekdays. Negative `daysAgo`: the future.
   */
  at(daysAgo: number, hour = 10, minute = 0): Date {
    const d = new Date(this.today.getTime() - daysAgo * DAY_MS);
    d.setUTCHours(hour, minute, 0, 0);
    const weekday = d.getUTCDay();
    if (weekday === 6) d.setUTCDate(d.getUTCDate() - 1);
    if (weekday === 0) d.setUTCDate(d.getUTCDate() + 1);
    // A past moment must stay past: a Sunday whose Monday is today goes back to Friday instead.
    if (daysAgo >= 0 && d > this.today) d.setUTCDate(d.getUTCDate() - 3);
    return d;
  }

  /** `at(daysAgo)` as an ISO timestamp (scheduledFor, observedAt). */
  iso(daysAgo: number, hour = 10, minute = 0): string {
    return this.at(daysAgo, hour, minute).toISOString();
  }

  /** `at(daysAgo)` as a date YYYY-MM-DD (due dates, entry dates). */
  date(daysAgo: number): string {
    return this.iso(daysAgo).slice(0, 10);
  }

  /**
   * The actor the server would build for this person (roles and current groups, as at login). People
   * without a demo login act under a marker user id: only audit events record it.
   */
  async actor(personId: string): Promise<Actor> {
    const known = this.actors.get(personId);
    if (known) return known;
    const user = await this.trx.selectFrom('users').selectAll().where('personId', '=', personId).executeTakeFirst();
    const row = user ?? ({ id: `demo-seed:${personId}`, personId, isSystemAdmin: 0 } as UserRow);
    const actor = await loadActor(this.trx, row, this.today.toISOString().slice(0, 10));
    this.actors.set(personId, actor);
    return actor;
  }

  /** Runs one command as `personId` at the moment `when`; a refused command aborts the whole seed. */
  async run<T = { id: string }>(personId: string, when: Date, name: string, input: unknown): Promise<T> {
    const ctx = makeContext(this.trx, await this.actor(personId), { now: () => when });
    try {
      return (await executeCommand(ctx, this.commands, name, input)) as T;
    } catch (e) {
      throw new Error(`demo activity: ${name} as ${personId} failed: ${(e as Error).message}`, { cause: e });
    }
  }
}
