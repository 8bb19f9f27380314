import type { Db } from '../../db/database'

/**
 * Healthy means a write reaches the disk: a tip is acknowledged only after
 * that, so a server whose writes are stuck (a held lock, a saturated thread
 * pool, a full disk) is not healthy however fast it answers. A write that
 * takes longer than `timeoutMs` counts as stalled; it goes on after the
 * answer, and whatever becomes of it is no one's answer then.
 */
export async function writeBeat(db: Db, at: Date, timeoutMs: number): Promise<'written' | 'stalled' | 'failed'> {
  const value = JSON.stringify(at.toISOString())
  const write = db
    .insertInto('settings')
    .values({ key: 'health_beat', value, updated_at: at.toISOString() })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: at.toISOString() }))
    .execute()
  let timer: NodeJS.Timeout | undefined
  const stalled = new Promise<'stalled'>((resolve) => {
    timer = setTimeout(() => resolve('stalled'), timeoutMs)
  })
  try {
    return await Promise.race([
      write.then(
        () => 'written' as const,
        () => 'failed' as const
      ),
      stalled
    ])
  } finally {
    clearTimeout(timer)
  }
}
