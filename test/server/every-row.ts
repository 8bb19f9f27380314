import path from 'node:path'
import SQLite from 'better-sqlite3'
import { Client } from 'pg'
import type { Store } from '../../server/db/backup'

/** Every row of every table, each table's rows in a fixed order, as JSON text. */
export async function everyRow(store: Store): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {}
  if (store.databaseUrl) {
    const c = new Client({ connectionString: store.databaseUrl })
    await c.connect()
    try {
      const tables = (await c.query<{ t: string }>("select tablename as t from pg_tables where schemaname = 'public' order by 1")).rows.map((r) => r.t)
      for (const t of tables) out[t] = (await c.query(`select * from "${t}"`)).rows.map((r) => JSON.stringify(r)).sort()
    } finally {
      await c.end()
    }
  } else {
    const db = new SQLite(path.join(store.dataDir, 'fangfei.sqlite'), { readonly: true })
    try {
      const tables = (db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by 1").all() as { name: string }[]).map((r) => r.name)
      for (const t of tables) out[t] = (db.prepare(`select * from "${t}"`).all() as object[]).map((r) => JSON.stringify(r, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('base64') : v))).sort()
    } finally {
      db.close()
    }
  }
  return out
}
