import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import SQLite from 'better-sqlite3'
import { Client } from 'pg'

/**
 * A consistent copy of everything the server keeps, taken while it runs:
 * the database (SQLite's online backup, or pg_dump), which holds the uploads
 * too (the office's pictures, tip photos' ciphertext), each written with its
 * row in one transaction.
 */
export interface Store {
  dataDir: string
  /** postgres://… or empty for the SQLite file in dataDir. */
  databaseUrl: string
}

const SQLITE_FILE = 'fangfei.sqlite'
const PG_DUMP = 'database.pgdump'
/**
 * Uploads were files in DATA_DIR/uploads before migration 20261228T0900; the
 * server moves them into their rows at its next start. Until then (a backup
 * taken between upgrading and starting) the folder is copied with the
 * database, and restoring a backup from before puts it back in DATA_DIR, so
 * the restored server's start moves them in.
 */
const UPLOADS = 'uploads'

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] })
    let err = ''
    child.stderr.on('data', (c: Buffer) => (err += c.toString()))
    child.on('error', (e) => reject(new Error(`${command} 无法运行（PostgreSQL 的备份需要安装 postgresql-client）：${e.message}`)))
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} 失败（${code}）：${err.trim()}`))))
  })
}

const copyTree = (from: string, to: string) => {
  if (fs.existsSync(from)) fs.cpSync(from, to, { recursive: true })
}

/**
 * Runs `work` with every file it makes (SQLite's copy, pg_dump's file, and
 * uploads from before) readable by this user only, as the server's own are (main.ts):
 * a backup holds every tip, and it gets copied to other machines.
 */
async function privately<T>(work: () => Promise<T>): Promise<T> {
  const before = process.umask(0o077)
  try {
    return await work()
  } finally {
    process.umask(before)
  }
}

/** Writes a backup into `dir` (made, and readable by this user only); returns what it holds. */
export const backup = (store: Store, dir: string): Promise<string[]> => privately(() => backupNow(store, dir))

/** Restores a backup into an empty store: a fresh DATA_DIR and, for PostgreSQL, an empty database. */
export const restore = (dir: string, store: Store): Promise<void> => privately(() => restoreNow(dir, store))

async function backupNow(store: Store, dir: string): Promise<string[]> {
  if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) throw new Error(`备份目录 ${dir} 不是空的，请换一个。`)
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 })
  if (store.databaseUrl) await run('pg_dump', ['--format=custom', '--no-owner', '--file', path.join(dir, PG_DUMP), store.databaseUrl])
  else {
    const source = path.join(store.dataDir, SQLITE_FILE)
    if (!fs.existsSync(source)) throw new Error(`${source} 不存在：DATA_DIR 设对了吗？`)
    const db = new SQLite(source, { readonly: true, fileMustExist: true })
    try {
      // The online backup copies pages while the server goes on writing, and restarts if they change under it.
      await db.backup(path.join(dir, SQLITE_FILE))
    } finally {
      db.close()
    }
  }
  copyTree(path.join(store.dataDir, UPLOADS), path.join(dir, UPLOADS))
  return fs.readdirSync(dir)
}

/** How many tables the PostgreSQL database has: a restore goes into an empty one only. */
async function tablesIn(databaseUrl: string): Promise<number> {
  const client = new Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return Number((await client.query<{ n: string }>("select count(*) as n from pg_tables where schemaname = 'public'")).rows[0].n)
  } finally {
    await client.end()
  }
}

async function restoreNow(dir: string, store: Store): Promise<void> {
  const hasDump = fs.existsSync(path.join(dir, PG_DUMP))
  const hasFile = fs.existsSync(path.join(dir, SQLITE_FILE))
  if (!hasDump && !hasFile) throw new Error(`${dir} 里没有备份（找不到 ${SQLITE_FILE} 或 ${PG_DUMP}）。`)
  if (hasDump !== Boolean(store.databaseUrl)) throw new Error(hasDump ? '这是 PostgreSQL 的备份：请设置 DATABASE_URL 指向一个空数据库。' : '这是内置 SQLite 的备份：恢复时请不要设置 DATABASE_URL。')
  if (fs.existsSync(path.join(store.dataDir, SQLITE_FILE)) || fs.existsSync(path.join(store.dataDir, UPLOADS))) {
    throw new Error(`${store.dataDir} 里已经有数据：为免覆盖，请恢复到一个新的 DATA_DIR。`)
  }
  if (hasDump && (await tablesIn(store.databaseUrl)) > 0) throw new Error('DATABASE_URL 指向的数据库里已经有数据：为免覆盖，请恢复到一个空数据库。')
  fs.mkdirSync(store.dataDir, { recursive: true, mode: 0o700 })
  if (hasDump) await run('pg_restore', ['--no-owner', '--exit-on-error', '--dbname', store.databaseUrl, path.join(dir, PG_DUMP)])
  else {
    fs.copyFileSync(path.join(dir, SQLITE_FILE), path.join(store.dataDir, SQLITE_FILE))
    // A copy keeps its source's mode: a backup made before this rule could be readable by others.
    fs.chmodSync(path.join(store.dataDir, SQLITE_FILE), 0o600)
  }
  copyTree(path.join(dir, UPLOADS), path.join(store.dataDir, UPLOADS))
}
