import fs from 'node:fs'
import { promisify } from 'node:util'
import type SQLite from 'better-sqlite3'
import { LRUCache } from 'lru-cache'
import { Coalesced } from '../coalesced'
import { CompiledQuery, SqliteDialect, type DatabaseConnection, type Driver, type QueryResult } from 'kysely'

const fdatasync = promisify(fs.fdatasync)
const sleep = promisify(setTimeout)

/** How long, in milliseconds, a statement waits for another connection's write lock before failing. */
const BUSY_WAIT_MS = 5000

/**
 * Flushes the write-ahead log to disk on libuv's thread pool. Callers that
 * arrive while a flush is running share the next one (the running one may
 * have started before their commit was written), so many commits cost one
 * flush and the event loop never waits on the disk.
 */
export class WalFlusher {
  private fd: number | null = null
  private readonly sync = new Coalesced(async () => {
    // SQLite keeps the -wal file (same inode) for as long as the database is open.
    this.fd ??= fs.openSync(this.walPath, 'r')
    await fdatasync(this.fd)
  })

  constructor(private readonly walPath: string) {}

  flush(): Promise<void> {
    return this.sync.run()
  }

  close(): void {
    if (this.fd !== null) fs.closeSync(this.fd)
    this.fd = null
  }
}

/** What the dialect needs around the disk: a flush of the log, and closing. */
export interface Flusher {
  flush(): Promise<void>
  close(): Promise<void> | void
}

/**
 * SQLite in WAL mode with synchronous=NORMAL writes a commit to the log
 * without waiting for the disk, which would block the whole server for the
 * length of an fsync. This driver then waits for `flush` (the log on disk)
 * before a write is reported done: a transaction that wrote resolves only
 * after its commit is on disk, as does a single write outside a transaction.
 * Durability is that of synchronous=FULL; the waiting is off the event loop,
 * and the connection is handed to the next query as soon as the commit is
 * written, so writers queue for the disk together rather than one by one.
 */
export class DurableSqliteDialect extends SqliteDialect {
  constructor(
    private readonly file: SQLite.Database,
    private readonly flusher: Flusher
  ) {
    super({ database: file })
    // SQLite's own wait for a lock sleeps on the event loop; the driver waits instead (see `execute`).
    file.pragma('busy_timeout = 0')
  }

  override createDriver(): Driver {
    return new DurableSqliteDriver(this.file, this.flusher)
  }
}

/** One holder of the single connection at a time, in the order they asked. */
class Lock {
  private tail: Promise<void> = Promise.resolve()

  async acquire(): Promise<() => void> {
    let release!: () => void
    const previous = this.tail
    this.tail = new Promise((resolve) => (release = resolve))
    await previous
    return release
  }
}

interface Lease extends DatabaseConnection {
  /** Gives the connection to the next holder; a second call does nothing. */
  release(): void
}

class DurableSqliteDriver implements Driver {
  private readonly lock = new Lock()
  /** Whether the open transaction has written anything. */
  private wrote = false

  constructor(
    private readonly file: SQLite.Database,
    private readonly flusher: Flusher
  ) {}

  async init(): Promise<void> {}

  /**
   * Kysely prepares every query afresh; a better-sqlite3 statement can be run
   * again and again, so each SQL text is prepared once. Queries run one at a
   * time on this single connection, so a cached statement is never in use twice.
   */
  private readonly statements = new LRUCache<string, SQLite.Statement>({ max: 500 })

  private statement(source: string): SQLite.Statement {
    let statement = this.statements.get(source)
    if (!statement) {
      statement = this.file.prepare(source)
      this.statements.set(source, statement)
    }
    return statement
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const unlock = await this.lock.acquire()
    let held = true
    const lease: Lease = {
      release: () => {
        if (held) unlock()
        held = false
      },
      executeQuery: async <R>({ sql, parameters }: CompiledQuery): Promise<QueryResult<R>> => {
        const statement = this.statement(sql)
        const result = await this.execute<R>(statement, parameters)
        if (!statement.readonly && !this.file.inTransaction) {
          // A single write outside a transaction is committed: the next query may run while this one waits for the disk.
          lease.release()
          await this.flusher.flush()
        } else if (!statement.readonly) this.wrote = true
        return result
      },
      streamQuery: <R>({ sql, parameters }: CompiledQuery) => this.stream<R>(sql, parameters)
    }
    return lease
  }

  /**
   * Runs a statement. Another connection (the quiz's counting thread) may
   * hold the write lock; SQLite's own wait would sleep on the event loop, so
   * the connection has none (busy_timeout 0) and a statement refused as busy
   * outside a transaction, which has done nothing, is tried again a
   * millisecond later. Transactions begin with `begin immediate`, so inside
   * one a statement never meets that lock.
   */
  private async execute<R>(statement: SQLite.Statement, parameters: readonly unknown[]): Promise<QueryResult<R>> {
    const giveUp = Date.now() + BUSY_WAIT_MS
    for (;;) {
      try {
        if (statement.reader) return { rows: statement.all(parameters) as R[] }
        const { changes, lastInsertRowid } = statement.run(parameters)
        return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] }
      } catch (error) {
        const busy = (error as { code?: string }).code?.startsWith('SQLITE_BUSY') && !this.file.inTransaction
        if (!busy || Date.now() > giveUp) throw error
        await sleep(1)
      }
    }
  }

  private async *stream<R>(sql: string, parameters: readonly unknown[]): AsyncIterableIterator<QueryResult<R>> {
    for (const row of this.statement(sql).iterate(parameters)) yield { rows: [row as R] }
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    ;(connection as Lease).release()
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'))
    // Taking the write lock is not a write: a transaction that only read asks for no flush.
    this.wrote = false
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'))
    if (this.wrote) {
      this.wrote = false
      // Committed: the connection is free for the next transaction while this one waits for the disk.
      ;(connection as Lease).release()
      await this.flusher.flush()
    }
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    this.wrote = false
    await connection.executeQuery(CompiledQuery.raw('rollback'))
  }

  async destroy(): Promise<void> {
    await this.flusher.close()
    this.file.close()
  }
}
