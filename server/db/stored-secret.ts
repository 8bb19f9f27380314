import { randomBytes } from 'node:crypto'
import type { Db } from './database'

/**
 * A random secret kept in `settings` under `key`, made on first use. If two
 * processes make one at once, the first written wins and both use it.
 */
export async function storedSecret(db: Db, key: string, bytes: number, at: Date): Promise<Buffer> {
  const read = async () => {
    const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst()
    return row ? Buffer.from(JSON.parse(row.value) as string, 'base64') : null
  }
  const existing = await read()
  if (existing) return existing
  await db
    .insertInto('settings')
    .values({ key, value: JSON.stringify(randomBytes(bytes).toString('base64')), updated_at: at.toISOString() })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute()
  const stored = await read()
  if (!stored) throw new Error(`settings.${key} was not written`)
  return stored
}
