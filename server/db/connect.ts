import fs from 'node:fs'
import path from 'node:path'
import SQLite from 'better-sqlite3'
import {
  CompiledQuery,
  Kysely,
  Migrator,
  PostgresDialect,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type SqliteDatabase,
  type SqliteDialectConfig,
  type SqliteStatement
} from 'kysely'
import { Pool } from 'pg'
import type { Database, Db } from './database'
import { migrationsFor } from './migrations'

export type DbKind = 'sqlite' | 'postgres'

export interface Connection {
  db: Db
  kind: DbKind
}

/**
 * SQLite's transactions take the write lock when they begin (`begin
 * immediate`), not at their first write: the quiz's counting thread writes
 * through a second connection, and a transaction that read before that
 * thread committed could not write afterwards (SQLITE_BUSY, with no wait).
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'))
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly settings: SqliteDialectConfig) {
    super(settings)
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.settings)
  }
}

/** How many compiled statements are kept: the app's queries number in the low hundreds (lists of ids vary in length). */
const STATEMENTS_KEPT = 500

/**
 * Kysely's SQLite driver compiles every query's SQL anew (better-sqlite3's
 * prepare), which was a tenth of the server's time under a crowd of quiz
 * hand-ins; the same few queries recur, so their compiled statements are kept.
 * Safe because the driver runs a statement to the end (all / run) before the
 * next one; nothing here streams rows (iterate) while another query reuses it.
 */
export function keepingStatements(file: SQLite.Database, kept = STATEMENTS_KEPT): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>()
  return {
    close: () => file.close(),
    prepare: (sql) => {
      let statement = statements.get(sql)
      if (statement) {
        // Most recently used last, so the least used goes first when full.
        statements.delete(sql)
      } else {
        statement = file.prepare(sql)
        if (statements.size >= kept) statements.delete(statements.keys().next().value as string)
      }
      statements.set(sql, statement)
      return statement
    }
  }
}

/** Whether DATABASE_URL names PostgreSQL (else the embedded SQLite file). */
export const isPostgres = (databaseUrl: string): boolean => /^postgres(ql)?:\/\//.test(databaseUrl)

/**
 * Opens the database named by the configuration: PostgreSQL for a
 * postgres:// URL, else the SQLite file in dataDir (the quiz's counting
 * thread opens a second connection to the same file).
 */
export function connect(opts: { databaseUrl: string; dataDir: string }): Connection {
  if (isPostgres(opts.databaseUrl)) {
    const pool = new Pool({ connectionString: opts.databaseUrl, max: 10 })
    // An idle connection the database ends (a restart, an administrator) is dropped by the pool, which opens
    // another when needed; without a listener, pg reports it as an unhandled error and the process stops.
    pool.on('error', () => undefined)
    return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), kind: 'postgres' }
  }
  if (opts.databaseUrl) throw new Error('DATABASE_URL 只支持 postgres:// 开头的地址；留空则使用内置 SQLite。')
  fs.mkdirSync(opts.dataDir, { recursive: true })
  const file = new SQLite(path.join(opts.dataDir, 'fangfei.sqlite'))
  // WAL lets readers run while a writer commits. FULL: a commit returns once its log is on disk, so an
  // acknowledged tip or hand-in survives a crash (the quiz writes hand-ins in groups, one commit each).
  file.pragma('journal_mode = WAL')
  file.pragma('synchronous = FULL')
  file.pragma('foreign_keys = ON')
  // Another connection's write (the counting thread's batch, for writes that take no turn, see write-turn.ts) is
  // waited for rather than failed. SQLite's wait blocks the event loop, so not for long: a lock held longer (a stuck
  // process, someone's sqlite3 session) refuses the write with 503 busy (plugins/errors.ts) instead of freezing
  // every other request.
  file.pragma('busy_timeout = 250')
  // 64 MiB of pages kept in memory (the default is 2 MiB): with a million stored rounds the key pages stay cached.
  file.pragma('cache_size = -65536')
  // Reads of pages beyond that go through a memory map (up to 256 MiB) instead of a system call each.
  file.pragma('mmap_size = 268435456')
  return { db: new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: keepingStatements(file) }) }), kind: 'sqlite' }
}

/** Brings the database up to date; `firstTown` names the town a one-town database's data belongs to (config TOWN_CODE). */
export async function migrateToLatest(db: Db, firstTown: string): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrationsFor(firstTown) } })
  const { error, results } = await migrator.migrateToLatest()
  const failed = results?.find((r) => r.status === 'Error')
  if (error || failed) throw new Error(`数据库迁移失败：${failed?.migrationName ?? ''} ${String(error)}`)
}
