import fs from 'node:fs'
import path from 'node:path'

/** What writing one old file into its row found: the row took the bytes, already had them, or does not exist. */
export type Adoption = 'stored' | 'had' | 'no_row'

/** A file with no row is left alone this long: it could be an upload whose row is still being written. */
const NO_ROW_GRACE_MS = 60 * 60 * 1000

/**
 * Why this exists: until migration 20261228T0900 uploads were files in
 * DATA_DIR/uploads/<kind>/ (the office's pictures, tip photos' ciphertext),
 * which API processes on different machines cannot all read; now their
 * bytes are in their rows. A deployment from before still has its files, so
 * at start each one is written into its row (only where the row has no
 * bytes yet, so processes starting together agree) and then deleted: after
 * that the database is the only place an upload is read from, and a backup
 * of the database holds them. A file without a row (an upload whose row was
 * never written, or a photo purged before its file was removed) is deleted
 * too, once it is older than an hour. The folder goes when it is empty.
 * Returns how many files went into rows.
 */
export async function adoptFiles(dir: string, idOf: (name: string) => string | null, adopt: (id: string, data: Buffer) => Promise<Adoption>): Promise<number> {
  let names: string[]
  try {
    names = await fs.promises.readdir(dir)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 0
    throw err
  }
  let stored = 0
  for (const name of names) {
    const id = idOf(name)
    if (!id) continue
    const file = path.join(dir, name)
    let data: Buffer
    try {
      // One file at a time: each is at most a few MB, and only one is held.
      data = await fs.promises.readFile(file)
    } catch (err) {
      // Another process starting at the same time adopted it first.
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue
      throw err
    }
    const found = await adopt(id, data)
    if (found === 'stored') stored++
    if (found === 'no_row') {
      const stat = await fs.promises.stat(file).catch(() => null)
      if (!stat || Date.now() - stat.mtimeMs < NO_ROW_GRACE_MS) continue
    }
    // The row's write has committed (and, on SQLite, reached the disk) before its file goes.
    await fs.promises.rm(file, { force: true })
  }
  for (const folder of [dir, path.dirname(dir)]) await fs.promises.rmdir(folder).catch(() => undefined)
  return stored
}
