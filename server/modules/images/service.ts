import fs from 'node:fs'
import path from 'node:path'
import type { Db } from '../../db/database'
import { AppError } from '../../errors'
import { newId } from '../../ids'
import { audit, type Actor } from '../audit/service'
import type { ImageProcessor } from './processor'

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024

// Stored pictures by type. GIF is no longer accepted but may be stored from before.
const EXT: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'image/gif': 'gif' }
const MIME = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' } as const

export interface StoredImage {
  id: string
  mime: string
  width: number
  height: number
  bytes: number
}

/** Pictures the office uploads for articles, lessons and campaign banners, kept under DATA_DIR/uploads. */
export class ImageService {
  readonly dir: string

  constructor(
    private readonly db: Db,
    dataDir: string,
    private readonly now: () => Date,
    private readonly processor: ImageProcessor
  ) {
    this.dir = path.join(dataDir, 'uploads', 'images')
    fs.mkdirSync(this.dir, { recursive: true })
  }

  async store(actor: Actor, data: Buffer): Promise<StoredImage> {
    if (data.length > MAX_IMAGE_BYTES) throw new AppError(413, 'too_large', '图片不能超过 5 MB。')
    // Re-encoded in its own format: what is stored carries no EXIF (GPS, camera serial) and is surely a picture.
    const clean = await this.processor.clean(data, 'office')
    const type = { mime: MIME[clean.format], ext: EXT[MIME[clean.format]] }
    const id = newId('i')
    const at = this.now()
    // The file is in place before the row that names it, so a row never points at nothing.
    const file = path.join(this.dir, `${id}.${type.ext}`)
    await fs.promises.writeFile(file, clean.data, { flag: 'wx', mode: 0o600 })
    try {
      await this.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('images')
          .values({ id, mime: type.mime, bytes: clean.data.length, width: clean.width, height: clean.height, created_at: at.toISOString(), created_by: actor.id })
          .execute()
        await audit(trx, at, actor, { action: 'image.upload', targetType: 'image', targetId: id, detail: { bytes: clean.data.length } })
      })
    } catch (err) {
      await fs.promises.rm(file, { force: true })
      throw err
    }
    return { id, mime: type.mime, width: clean.width, height: clean.height, bytes: clean.data.length }
  }

  async open(id: string): Promise<{ file: string; mime: string } | null> {
    if (!/^i[a-z0-9]{1,40}$/.test(id)) return null
    const row = await this.db.selectFrom('images').select(['id', 'mime']).where('id', '=', id).executeTakeFirst()
    if (!row) return null
    return { file: path.join(this.dir, `${id}.${EXT[row.mime]}`), mime: row.mime }
  }
}
