import type { MutationError } from '@mentora/core/types';
import { signal } from '@preact/signals';
import { getMeta, type LocalDb } from './db';
import { SyncError, type SyncTransport, syncOnce } from './sync';

export type SyncPhase = 'idle' | 'syncing' | 'offline' | 'error' | 'sessionEnded';

export interface EngineHooks {
  /** Before the first push after start: make sure the session is alive and the CSRF token fresh. */
  confirmSession(): Promise<void>;
  /** A 401: the outbox stays; the user logs in again (as the same user) before anything is pushed. */
  onSessionEnded(): void;
  /** After a round that reached the server (queued uploads go up then). */
  afterRound?(): Promise<void>;
}

/** What the engine needs of the browser, so tests can drive it. */
export interface EngineEnv {
  online(): boolean;
  visible(): boolean;
  listen(onWake: () => void, onOffline: () => void): () => void;
}

const browserEnv: EngineEnv = {
  online: () => navigator.onLine,
  visible: () => document.visibilityState === 'visible',
  listen(onWake, onOffline) {
    const visibility = () => document.visibilityState === 'visible' && onWake();
    window.addEventListener('online', onWake);
    window.addEventListener('offline', onOffline);
    document.addEventListener('visibilitychange', visibility);
    return () => {
      window.removeEventListener('online', onWake);
      window.removeEventListener('offline', onOffline);
      document.removeEventListener('visibilitychange', visibility);
    };
  },
};

export const DISPATCH_DELAY_MS = 1000;
export const INTERVAL_MS = 60_000;
const MAX_BACKOFF_MS = 5 * 60_000;

/** 2 s, 4 s, 8 s … up to 5 minutes, with jitter so a school's phones do not all retry at once. */
export function backoff(failures: number, random: () => number = Math.random): number {
  return Math.min(MAX_BACKOFF_MS, 2000 * 2 ** Math.max(0, failures - 1)) + Math.floor(random() * 1000);
}

export type SendResult =
  | { status: 'applied' }
  | { status: 'rejected'; error: MutationError; key: string }
  | { status: 'pending' };

/**
 * Runs sync rounds for one user's database: at start, when the network comes back, 1 s after a
 * change, every minute while online and visible; after a network failure it retries with back-off.
 * One round at a time; a trigger during a round runs one more after it.
 */
export class SyncEngine {
  readonly phase = signal<SyncPhase>('idle');
  /** The last failure's code, for the status line. */
  readonly lastError = signal<string | null>(null);
  private running: Promise<void> | null = null;
  private again = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private interval: ReturnType<typeof setInterval> | undefined;
  private unlisten: (() => void) | undefined;
  private failures = 0;
  private stopped = true;
  private sessionConfirmed = false;

  constructor(
    readonly db: LocalDb,
    private readonly transport: SyncTransport,
    private readonly hooks: EngineHooks,
    private readonly env: EngineEnv = browserEnv,
  ) {}

  /** The session was just checked (a login, `GET /api/auth/me`): no need to ask again before pushing. */
  markSessionConfirmed(): void {
    this.sessionConfirmed = true;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.unlisten = this.env.listen(
      () => {
        this.failures = 0;
        void this.syncNow();
      },
      () => {
        this.phase.value = 'offline';
      },
    );
    this.interval = setInterval(() => {
      if (this.env.online() && this.env.visible()) void this.syncNow();
    }, INTERVAL_MS);
    void this.syncNow();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    clearInterval(this.interval);
    this.unlisten?.();
    this.unlisten = undefined;
  }

  /** Debounced: a burst of edits goes up in one push. */
  schedule(delayMs = DISPATCH_DELAY_MS): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.syncNow(), delayMs);
  }

  syncNow(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    clearTimeout(this.timer);
    this.running = this.round().finally(() => {
      this.running = null;
      if (this.again && !this.stopped) {
        this.again = false;
        void this.syncNow();
      }
    });
    return this.running;
  }

  private async round(): Promise<void> {
    if (!this.env.online()) {
      this.phase.value = 'offline';
      return;
    }
    this.phase.value = 'syncing';
    try {
      if (!this.sessionConfirmed) {
        await this.hooks.confirmSession();
        this.sessionConfirmed = true;
      }
      await syncOnce(this.db, this.transport);
      await this.hooks.afterRound?.();
      this.failures = 0;
      this.lastError.value = null;
      this.phase.value = 'idle';
    } catch (e) {
      const error = e instanceof SyncError ? e : new SyncError(-1, 'unknown', String(e));
      if (error.status === 401) {
        this.phase.value = 'sessionEnded';
        this.stop();
        this.hooks.onSessionEnded();
        return;
      }
      if (error.code === 'csrf_failed') this.sessionConfirmed = false;
      this.failures++;
      this.lastError.value = error.code;
      this.phase.value = error.status === 0 ? 'offline' : 'error';
      this.schedule(backoff(this.failures));
    }
  }

  /**
   * Sends now and says what became of one mutation, waiting at most `timeoutMs` (2G is slow):
   * screens that show server data (an admin's) reload after `applied`, show the reason after
   * `rejected`, and say "saved on this phone" after `pending`.
   */
  async send(mutationId: number, timeoutMs = 15_000): Promise<SendResult> {
    await this.flush(timeoutMs, async () => {
      await this.syncNow();
      // A round already under way when the mutation was queued did not carry it: one more.
      if (await this.db.outbox.get(mutationId)) await this.syncNow();
    });
    if (await this.db.outbox.get(mutationId)) return { status: 'pending' };
    const clientId = await getMeta<string>(this.db, 'clientId');
    const rejected = await this.db.rejected.get(`${clientId}:${mutationId}`);
    return rejected ? { status: 'rejected', error: rejected.error, key: rejected.key } : { status: 'applied' };
  }

  /** Runs a round now, waiting at most `timeoutMs` for it (before signing out, for example). */
  async flush(timeoutMs: number, run: () => Promise<void> = () => this.syncNow()): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
    });
    await Promise.race([run(), timeout]);
    clearTimeout(timer);
  }
}
