import type SqliteDatabase from 'better-sqlite3';
import { type DatabaseConnection, type Driver, SqliteDialect, SqliteDriver } from 'kysely';

/**
 * SQLite rolls a transaction back by itself on some errors (SQLITE_FULL, SQLITE_IOERR, SQLITE_BUSY
 * in some cases, https://www.sqlite.org/lang_transaction.html "Response To Errors Within A
 * Transaction"). Kysely then sends ROLLBACK anyway, which fails with "cannot rollback - no
 * transaction is active" and replaces the real error: a full disk became a 500 instead of a 503.
 * This driver skips the ROLLBACK when SQLite has already ended the transaction.
 */
class RollbackAwareDriver extends SqliteDriver {
  constructor(
    config: ConstructorParameters<typeof SqliteDriver>[0],
    private readonly sqlite: SqliteDatabase.Database,
  ) {
    super(config);
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (!this.sqlite.inTransaction) return;
    await super.rollbackTransaction(connection);
  }
}

/** Kysely's SQLite dialect over one better-sqlite3 connection, keeping the error that ended a transaction. */
export class MentoraSqliteDialect extends SqliteDialect {
  constructor(private readonly sqlite: SqliteDatabase.Database) {
    super({ database: sqlite });
  }

  override createDriver(): Driver {
    return new RollbackAwareDriver({ database: this.sqlite }, this.sqlite);
  }
}
