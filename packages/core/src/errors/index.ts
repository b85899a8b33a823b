/** Stable, machine-readable error codes; the client translates them (i18n key `error.<code>`). */
export const ErrorCode = {
  validation_failed: 400,
  bad_request: 400,
  weak_password: 400,
  unauthenticated: 401,
  csrf_failed: 403,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  request_timeout: 408,
  conflict: 409,
  /** This person has already rated this meeting (ADR 0022: one rating per attendee). */
  already_rated: 409,
  /** The meeting's feedback closed FEEDBACK_WINDOW_DAYS after its last day. */
  feedback_closed: 409,
  payload_too_large: 413,
  uri_too_long: 414,
  unsupported_media_type: 415,
  rate_limited: 429,
  /** A user's sync devices are at MAX_SYNC_CLIENTS_PER_USER: a new device id is refused. */
  too_many_devices: 429,
  headers_too_large: 431,
  /** The database is unreachable, locked or cannot write: try again after `Retry-After` seconds. */
  unavailable: 503,
} as const;
export type ErrorCode = keyof typeof ErrorCode;

export interface ErrorDetail {
  path?: string;
  line?: number;
  column?: string;
  message: string;
}

/** The one error body every endpoint returns: `{ error: { code, message, details } }`. */
export interface ErrorBody {
  error: { code: ErrorCode | 'internal'; message: string; details: ErrorDetail[] };
}

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
    this.status = ErrorCode[code];
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} not found`);
