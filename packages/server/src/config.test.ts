import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('configuration', () => {
  it('has working defaults: port 3000, SQLite under ./data/', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.databaseUrl.endsWith('/data/mentora.sqlite')).toBe(true);
    expect(c.demoData).toBe('auto');
  });

  it('keeps a PostgreSQL URL as it is', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/m' }).databaseUrl).toBe('postgres://u:p@db:5432/m');
  });

  it('stops with one clear line per bad value', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', COOKIE_SECURE: 'maybe', LOG_LEVEL: 'loud' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/PORT: .*\(got "eighty"\)/);
    expect(message).toMatch(/COOKIE_SECURE: .*\(got "maybe"\)/);
    expect(message).toMatch(/LOG_LEVEL: .*\(got "loud"\)/);
  });
});
