import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import SQLite from 'better-sqlite3'
import { Kysely, sql } from 'kysely'
import { connect } from '../../server/db/connect'
import { DurableSqliteDialect, WalFlusher } from '../../server/db/durable-sqlite'

/** A flusher the test holds open, to see what waits for the disk. */
function heldFlusher() {
  const calls: (() => void)[] = []
  return {
    calls,
    flush: () => new Promise<void>((resolve) => calls.push(resolve)),
    close: () => undefined,
    release: () => calls.splice(0).forEach((r) => r())
  }
}

const settle = () => new Promise((r) => setImmediate(r))

describe('durable SQLite writes', () => {
  let dir: string
  let file: SQLite.Database
  let flusher: ReturnType<typeof heldFlusher>
  let db: Kysely<{ t: { id: number; v: string } }>

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fangfei-durable-'))
    file = new SQLite(path.join(dir, 'x.sqlite'))
    file.pragma('journal_mode = WAL')
    file.pragma('synchronous = NORMAL')
    flusher = heldFlusher()
    db = new Kysely({ dialect: new DurableSqliteDialect(file, flusher) })
    const created = sql`create table t (id integer primary key, v text not null)`.execute(db)
    await settle()
    flusher.release()
    await created
  })
  afterEach(async () => {
    await db.destroy()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('reports a transaction that wrote as done only after the log is flushed', async () => {
    let done = false
    const tx = db
      .transaction()
      .execute(async (trx) => {
        await trx.insertInto('t').values({ id: 1, v: 'a' }).execute()
        await trx.insertInto('t').values({ id: 2, v: 'b' }).execute()
      })
      .then(() => (done = true))
    await settle()
    // Committed (visible) but not yet reported: one flush asked for, not one per statement.
    expect(file.prepare('select count(*) as n from t').get()).toEqual({ n: 2 })
    expect(flusher.calls).toHaveLength(1)
    expect(done).toBe(false)
    flusher.release()
    await tx
    expect(done).toBe(true)
  })

  it('waits for the flush after a single write outside a transaction, and never for a read', async () => {
    let done = false
    const write = db.insertInto('t').values({ id: 3, v: 'c' }).execute().then(() => (done = true))
    await settle()
    expect(flusher.calls).toHaveLength(1)
    expect(done).toBe(false)
    flusher.release()
    await write
    expect(await db.selectFrom('t').selectAll().execute()).toEqual([{ id: 3, v: 'c' }])
    await db.transaction().execute(async (trx) => trx.selectFrom('t').selectAll().execute())
    expect(flusher.calls).toHaveLength(0)
  })

  it('frees the connection while a write waits for the disk, so the next query need not wait', async () => {
    let firstDone = false
    const first = db
      .transaction()
      .execute(async (trx) => trx.insertInto('t').values({ id: 5, v: 'e' }).execute())
      .then(() => (firstDone = true))
    await settle()
    expect(flusher.calls).toHaveLength(1)
    // Another writer commits and a reader reads while the first still waits.
    const second = db.insertInto('t').values({ id: 6, v: 'f' }).execute()
    expect(await db.selectFrom('t').select('id').orderBy('id').execute()).toEqual([{ id: 5 }, { id: 6 }])
    expect(firstDone).toBe(false)
    flusher.release()
    await Promise.all([first, second])
    expect(firstDone).toBe(true)
  })

  it('waits for another connection\'s write lock without holding up the event loop', async () => {
    // The quiz's counting thread writes through a connection of its own; here a second connection holds the lock.
    const other = new SQLite(path.join(dir, 'x.sqlite'))
    other.exec('begin immediate')
    let written = false
    let begun = false
    const write = db
      .insertInto('t')
      .values({ id: 7, v: 'g' })
      .execute()
      .then(() => (written = true))
    const tx = db
      .transaction()
      .execute(async (trx) => {
        begun = true
        await trx.insertInto('t').values({ id: 8, v: 'h' }).execute()
      })
    // The event loop keeps turning (timers fire) while both wait, and neither has written.
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 2))
    expect([written, begun]).toEqual([false, false])
    expect(other.prepare('select count(*) as n from t').get()).toEqual({ n: 0 })
    other.exec('commit')
    other.close()
    // Released: the single write and the transaction go through, each once its flush is done.
    let finished = false
    void Promise.all([write, tx]).then(() => (finished = true))
    while (!finished) {
      flusher.release()
      await settle()
    }
    expect(written).toBe(true)
    expect(await db.selectFrom('t').select('id').orderBy('id').execute()).toEqual([{ id: 7 }, { id: 8 }])
  })

  it('asks for no flush when a transaction rolls back', async () => {
    await expect(
      db.transaction().execute(async (trx) => {
        await trx.insertInto('t').values({ id: 4, v: 'd' }).execute()
        throw new Error('changed my mind')
      })
    ).rejects.toThrow('changed my mind')
    expect(flusher.calls).toHaveLength(0)
    expect(file.prepare('select count(*) as n from t').get()).toEqual({ n: 0 })
  })
})

describe('WAL flusher', () => {
  it('lets commits that arrive during a flush share the next one', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fangfei-wal-'))
    const file = new SQLite(path.join(dir, 'x.sqlite'))
    file.pragma('journal_mode = WAL')
    file.exec('create table t (v text)')
    const flusher = new WalFlusher(path.join(dir, 'x.sqlite-wal'))
    const first = flusher.flush()
    const second = flusher.flush()
    const third = flusher.flush()
    expect(second).not.toBe(first)
    expect(third).toBe(second)
    await Promise.all([first, second, third])
    // Once all are done, the next caller starts a fresh flush.
    const fourth = flusher.flush()
    expect(fourth).not.toBe(second)
    await fourth
    flusher.close()
    file.close()
    fs.rmSync(dir, { recursive: true, force: true })
  })
})

describe('checkpoints off the event loop', () => {
  it('copies the log into the database file from a worker thread, not on commit', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fangfei-ckpt-'))
    const { db } = connect({ databaseUrl: '', dataDir: dir })
    const file = path.join(dir, 'fangfei.sqlite')
    try {
      await sql`create table t (v text not null)`.execute(db)
      const before = fs.statSync(file).size
      // About 2 MB written: well past SQLite's own checkpoint threshold (1,000 pages of 4 KB).
      for (let i = 0; i < 20; i++) await db.insertInto('t' as never).values(Array.from({ length: 50 }, () => ({ v: 'x'.repeat(2000) })) as never).execute()
      const grownByCommits = fs.statSync(file).size - before
      // Commits only append to the log; the worker copies it over within a few of its 250 ms ticks.
      expect(grownByCommits).toBeLessThan(100_000)
      let copied = 0
      for (let i = 0; i < 40 && copied < 1_500_000; i++) {
        await new Promise((r) => setTimeout(r, 100))
        copied = fs.statSync(file).size - before
      }
      expect(copied).toBeGreaterThanOrEqual(1_500_000)
    } finally {
      await db.destroy()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
