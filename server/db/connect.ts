import fs from 'node:fs'
import path from 'node:path'
import SQLite from 'better-sqlite3'
import { Kysely, Migrator, PostgresDialect } from 'kysely'
import { Pool } from 'pg'
import type { Database } from './database'
import { Checkpointer } from './checkpointer'
import { DurableSqliteDialect, WalFlusher } from './durable-sqlite'
import { migrations } from './migrations'

export type DbKind = 'sqlite' | 'postgres'

export interface Connection {
  db: Kysely<Database>
  kind: DbKind
}

/**
 * Opens the database named by the configuration: PostgreSQL for a
 * postgres:// URL, else the SQLite file in dataDir. A second connection in
 * the same process (the quiz's counting thread) passes `checkpoints: false`:
 * the first one's checkpointer serves the file.
 */
export function connect(opts: { databaseUrl: string; dataDir: string }, { checkpoints = true } = {}): Connection {
  if (/^postgres(ql)?:\/\//.test(opts.databaseUrl)) {
    const pool = new Pool({ connectionString: opts.databaseUrl, max: 10 })
    // An idle connection the database ends (a restart, an administrator) is dropped by the pool, which opens
    // another when needed; without a listener, pg reports it as an unhandled error and the process stops.
    pool.on('error', () => undefined)
    return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), kind: 'postgres' }
  }
  if (opts.databaseUrl) throw new Error('DATABASE_URL 只支持 postgres:// 开头的地址；留空则使用内置 SQLite。')
  fs.mkdirSync(opts.dataDir, { recursive: true })
  const filePath = path.join(opts.dataDir, 'fangfei.sqlite')
  const file = new SQLite(filePath)
  // WAL lets readers run while a writer commits. A commit is made durable by
  // the dialect, which flushes the log off the event loop before reporting a
  // write done (see durable-sqlite.ts); acknowledged tips depend on that.
  file.pragma('journal_mode = WAL')
  file.pragma('synchronous = NORMAL')
  file.pragma('foreign_keys = ON')
  // 64 MiB of pages kept in memory (the default is 2 MiB): with a million stored rounds the key pages stay cached.
  file.pragma('cache_size = -65536')
  // Reads of pages beyond that go through a memory map (up to 256 MiB) instead of a system call each.
  file.pragma('mmap_size = 268435456')
  const wal = new WalFlusher(`${filePath}-wal`)
  if (!checkpoints) file.pragma('wal_autocheckpoint = 0')
  const checkpointer = checkpoints ? new Checkpointer(file, filePath) : null
  const flusher = {
    flush: () => wal.flush(),
    close: async () => {
      await checkpointer?.stop()
      wal.close()
    }
  }
  return { db: new Kysely<Database>({ dialect: new DurableSqliteDialect(file, flusher) }), kind: 'sqlite' }
}

export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } })
  const { error, results } = await migrator.migrateToLatest()
  const failed = results?.find((r) => r.status === 'Error')
  if (error || failed) throw new Error(`数据库迁移失败：${failed?.migrationName ?? ''} ${String(error)}`)
}
