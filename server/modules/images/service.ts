import path from 'node:path'
import type { Db } from '../../db/database'
import { AppError } from '../../errors'
import { newId } from '../../ids'
import { audit, type Actor } from '../audit/service'
import { adoptFiles } from './files-from-before'
import { byteLength } from './frames'
import type { ImageProcessor } from './processor'

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024

const MIME = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' } as const

export interface StoredImage {
  id: string
  mime: string
  width: number
  height: number
  bytes: number
}

/** Pictures the office uploads for articles, lessons and campaign banners, kept in their rows (every API process reads them there). */
export class ImageService {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
    private readonly processor: ImageProcessor
  ) {}

  /** `data` may be the chunks an upload arrived in (routes/upload.ts). */
  async store(actor: Actor, data: Buffer | readonly Buffer[]): Promise<StoredImage> {
    if ((Buffer.isBuffer(data) ? data.length : byteLength(data)) > MAX_IMAGE_BYTES) throw new AppError(413, 'too_large', '图片不能超过 5 MB。')
    // Re-encoded in its own format: what is stored carries no EXIF (GPS, camera serial) and is surely a picture.
    const clean = await this.processor.clean(data, 'office')
    const mime = MIME[clean.format]
    const id = newId('i')
    const at = this.now()
    // The picture and its row are one write: there is never one without the other.
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('images')
        .values({ id, mime, bytes: clean.data.length, width: clean.width, height: clean.height, created_at: at.toISOString(), created_by: actor.id, data: clean.data })
        .execute()
      await audit(trx, at, actor, { action: 'image.upload', targetType: 'image', targetId: id, detail: { bytes: clean.data.length } })
    })
    return { id, mime, width: clean.width, height: clean.height, bytes: clean.data.length }
  }

  async open(id: string): Promise<{ data: Buffer; mime: string } | null> {
    if (!/^i[a-z0-9]{1,40}$/.test(id)) return null
    const row = await this.db.selectFrom('images').select(['mime', 'data']).where('id', '=', id).executeTakeFirst()
    // A row from before whose file was missing at start has no picture to give.
    return row?.data ? { data: row.data, mime: row.mime } : null
  }

  /** The pictures a deployment from before kept in DATA_DIR/uploads/images go into their rows (see adoptFiles). */
  async adoptFiles(dataDir: string): Promise<{ adopted: number; missing: number }> {
    const adopted = await adoptFiles(
      path.join(dataDir, 'uploads', 'images'),
      // GIF is no longer accepted but may be stored from before.
      (name) => /^(i[a-z0-9]{1,40})\.(jpg|png|webp|gif)$/.exec(name)?.[1] ?? null,
      async (id, data) => {
        const { numUpdatedRows } = await this.db.updateTable('images').set({ data }).where('id', '=', id).where('data', 'is', null).executeTakeFirst()
        if (numUpdatedRows > 0n) return 'stored'
        return (await this.db.selectFrom('images').select('id').where('id', '=', id).executeTakeFirst()) ? 'had' : 'no_row'
      }
    )
    const { missing } = await this.db
      .selectFrom('images')
      .select((eb) => eb.fn.countAll<number | string>().as('missing'))
      .where('data', 'is', null)
      .executeTakeFirstOrThrow()
    return { adopted, missing: Number(missing) }
  }
}
