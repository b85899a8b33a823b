import { resolve } from 'node:path';
import { z } from 'zod';

/** Every setting, read from the environment once at start; a bad value stops the start with a clear message. */
const Env = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().min(1).default('./data/mentora.sqlite'),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 365)
    .default(24 * 30),
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DEMO_DATA: z.enum(['auto', 'never']).default('auto'),
  MAX_UPLOAD_MB: z.coerce.number().int().min(1).max(200).default(10),
  UPLOAD_QUOTA_MB: z.coerce.number().int().min(1).max(1_000_000).default(200),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  WEB_DIST: z.string().min(1).optional(),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
  sessionTtlHours: number;
  cookieSecure: 'auto' | boolean;
  trustProxy: boolean;
  logLevel: z.infer<typeof Env>['LOG_LEVEL'];
  demoData: 'auto' | 'never';
  maxUploadBytes: number;
  /** Bytes of uploads one user may have stored at once (declared sizes, finished or not). */
  uploadQuotaBytes: number;
  loginMaxFailures: number;
  webDist: string | null;
}

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (i) => `  ${i.path.join('.')}: ${i.message} (got ${JSON.stringify(env[String(i.path[0])])})`,
    );
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const isPostgres = /^postgres(ql)?:\/\//.test(e.DATABASE_URL);
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: isPostgres || e.DATABASE_URL === ':memory:' ? e.DATABASE_URL : resolve(e.DATABASE_URL),
    sessionTtlHours: e.SESSION_TTL_HOURS,
    cookieSecure: e.COOKIE_SECURE === 'auto' ? 'auto' : e.COOKIE_SECURE === 'true',
    trustProxy: e.TRUST_PROXY === 'true',
    logLevel: e.LOG_LEVEL,
    demoData: e.DEMO_DATA,
    maxUploadBytes: e.MAX_UPLOAD_MB * 1024 * 1024,
    uploadQuotaBytes: e.UPLOAD_QUOTA_MB * 1024 * 1024,
    loginMaxFailures: e.LOGIN_MAX_FAILURES,
    webDist: e.WEB_DIST ?? null,
  };
}

/** Settings for tests: a fixed database URL and quiet logs. */
export function testConfig(databaseUrl: string, overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' }), ...overrides };
}
