import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { CamelCasePlugin, Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { ensurePrivateDir, ensurePrivateFile, restrictSqliteSidecars } from './private-files';
import type { Database } from './schema';
import { MentoraSqliteDialect } from './sqlite-dialect';

export type Engine = 'sqlite' | 'postgres';
export type Db = Kysely<Database>;

export interface DbHandle {
  db: Db;
  engine: Engine;
  close(): Promise<void>;
}

// int8 (bigint) arrives from pg as a string; versions and counts stay far below 2^53.
pg.types.setTypeParser(20, (v) => Number(v));

/** `databaseUrl` is `postgres://…` for PostgreSQL; anything else is a SQLite file path. */
export function connect(databaseUrl: string): DbHandle {
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) {
    // Without a connect timeout a request waits for ever while the server is unreachable.
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 10, connectionTimeoutMillis: 5000 });
    // A connection the server closes (restart, failover, pg_terminate_backend) must not crash the
    // process. Idle clients report through the pool; a checked-out client (mid-transaction, between
    // two queries) has no pool listener, and its unhandled 'error' event would kill the process. So
    // every client gets its own listener: the query in flight fails on its own (→ 503), and the
    // pool discards the dead client on release and opens a new one on the next query.
    pool.on('connect', (client) => {
      client.on('error', (err) => console.error(`PostgreSQL connection lost: ${err.message}`));
    });
    pool.on('error', () => undefined); // already logged by the client's own listener above
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: [new CamelCasePlugin()] });
    return { db, engine: 'postgres', close: () => db.destroy() };
  }
  const onDisk = databaseUrl !== ':memory:';
  if (onDisk) {
    ensurePrivateDir(dirname(databaseUrl));
    ensurePrivateFile(databaseUrl);
  }
  const sqlite = new SqliteDatabase(databaseUrl);
  sqlite.pragma('journal_mode = WAL');
  if (onDisk) restrictSqliteSidecars(databaseUrl);
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const db = new Kysely<Database>({
    dialect: new MentoraSqliteDialect(sqlite),
    plugins: [new CamelCasePlugin()],
  });
  return { db, engine: 'sqlite', close: () => db.destroy() };
}
