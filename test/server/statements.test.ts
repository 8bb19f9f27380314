import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import SQLite from 'better-sqlite3'
import { keepingStatements } from '../../server/db/connect'

describe('SQLite statements kept between queries (server/db/connect.ts)', () => {
  let dir: string
  let file: SQLite.Database
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fangfei-statements-'))
    file = new SQLite(path.join(dir, 'x.sqlite'))
    file.exec('create table t (id integer primary key, name text)')
  })
  afterEach(() => {
    file.close()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('compiles a query once and gives the same statement back for the same SQL', () => {
    const db = keepingStatements(file)
    const insert = db.prepare('insert into t (name) values (?)')
    insert.run(['甲'])
    expect(db.prepare('insert into t (name) values (?)')).toBe(insert)
    db.prepare('insert into t (name) values (?)').run(['乙'])
    expect(db.prepare('select name from t order by id').all([])).toEqual([{ name: '甲' }, { name: '乙' }])
  })

  it('keeps at most the number asked, letting the least recently used go first', () => {
    const db = keepingStatements(file, 2)
    const a = db.prepare('select 1 as a')
    const b = db.prepare('select 2 as b')
    expect(db.prepare('select 1 as a')).toBe(a)
    db.prepare('select 3 as c')
    // b was used least recently: it went; a stayed.
    expect(db.prepare('select 1 as a')).toBe(a)
    expect(db.prepare('select 2 as b')).not.toBe(b)
  })

  it('answers with the table as it is now after a migration changes it', () => {
    const db = keepingStatements(file)
    db.prepare('insert into t (name) values (?)').run(['甲'])
    expect(db.prepare('select * from t').all([])).toEqual([{ id: 1, name: '甲' }])
    file.exec("alter table t add column town text not null default 'xinkou'")
    expect(db.prepare('select * from t').all([])).toEqual([{ id: 1, name: '甲', town: 'xinkou' }])
  })
})
