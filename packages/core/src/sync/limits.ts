import type { ErrorDetail } from '../errors/index';

/**
 * Limits on one queued mutation (issue 6, defects 5 and 7). Real commands are flat records a few
 * levels deep and a few KB; a reflection with long text stays far below 256 KB.
 */
export const MAX_ARGS_DEPTH = 32;
/** Bytes of UTF-8 JSON of a mutation's `args` plus its `base`. */
export const MAX_ARGS_BYTES = 256 * 1024;
/**
 * A refused mutation keeps its args on the server only up to this many bytes of JSON; above, they
 * are stored (and returned by pull) as null — the device still has its own copy in its outbox.
 */
export const MAX_STORED_ARGS_BYTES = 8 * 1024;
/** A refused mutation keeps at most this many error details, each cut to 300 characters. */
export const MAX_STORED_DETAILS = 20;

/**
 * Per user, across all their devices (security probe B3): the args of at most this many stored
 * rejections, and at most MAX_USER_STORED_ARGS_CHARS characters of their JSON. A rejection beyond
 * either is stored with args null: the device keeps its own copy in its outbox, so nothing typed is lost.
 */
export const MAX_USER_STORED_REJECTIONS = 200;
export const MAX_USER_STORED_ARGS_CHARS = 1_000_000;
/**
 * A push with new mutations is refused (429 `rate_limited`, nothing written, the device keeps its
 * outbox) while the user has this many rejections the devices have not acknowledged. A syncing
 * device acknowledges its rejections at its next push, so only a device that never does gets here.
 */
export const MAX_USER_PENDING_REJECTIONS = 2000;
/** Live sync devices (device ids seen in SYNC_CLIENT_STALE_DAYS) per user; a new one beyond is refused. */
export const MAX_SYNC_CLIENTS_PER_USER = 20;
/**
 * A device id not seen for this many days is no longer live: it does not count towards
 * MAX_SYNC_CLIENTS_PER_USER, and the hourly clean-up forgets its stored rejections.
 */
export const SYNC_CLIENT_STALE_DAYS = 90;

/** Containers visited before giving up: bounds the work on a wide but shallow value. */
const MAX_NODES = 100_000;

/**
 * True when `value` (parsed JSON) nests deeper than `maxDepth` arrays/objects, or holds more than
 * 100,000 of them. Iterative, so it is safe on values that would overflow the stack of anything
 * recursive (`JSON.stringify`, loggers, validators); it stops at the first level over the limit.
 */
export function nestsDeeperThan(value: unknown, maxDepth: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  let nodes = 0;
  while (stack.length > 0) {
    const [v, depth] = stack.pop() as [unknown, number];
    if (v === null || typeof v !== 'object') continue;
    if (depth >= maxDepth || ++nodes > MAX_NODES) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}

/** UTF-8 bytes of `JSON.stringify(value)`; only call it on values that passed `nestsDeeperThan`. */
export function jsonBytes(value: unknown): number {
  // JSON.stringify escapes unpaired surrogates, so its output is well-formed UTF-16.
  const s = JSON.stringify(value ?? null);
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Why a mutation's `args`/`base` may not even be looked at, or null. Checked before anything
 * recurses into them: the push records such a mutation as rejected with this short reason, so a
 * poison mutation never blocks the outbox behind it.
 */
export function argsProblem(m: { args?: unknown; base?: unknown }): ErrorDetail | null {
  for (const [path, v] of [
    ['args', m.args],
    ['base', m.base],
  ] as const) {
    if (nestsDeeperThan(v, MAX_ARGS_DEPTH))
      return { path, message: `must not be nested deeper than ${MAX_ARGS_DEPTH} levels` };
  }
  if (jsonBytes(m.args) + jsonBytes(m.base) > MAX_ARGS_BYTES)
    return { path: 'args', message: `must not be larger than ${MAX_ARGS_BYTES} bytes of JSON` };
  return null;
}
