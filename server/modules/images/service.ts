import fs from 'node:fs'
import path from 'node:path'
import { imageSize } from 'image-size'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/database'
import { AppError } from '../../errors'
import { newId } from '../../ids'
import { audit, type Actor } from '../audit/service'

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024

// What the picture really is (from its bytes, not its name or the client's word).
const TYPES: Record<string, { mime: string; ext: string }> = {
  jpg: { mime: 'image/jpeg', ext: 'jpg' },
  png: { mime: 'image/png', ext: 'png' },
  webp: { mime: 'image/webp', ext: 'webp' },
  gif: { mime: 'image/gif', ext: 'gif' }
}

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
    private readonly db: Kysely<Database>,
    dataDir: string,
    private readonly now: () => Date
  ) {
    this.dir = path.join(dataDir, 'uploads', 'images')
    fs.mkdirSync(this.dir, { recursive: true })
  }

  async store(actor: Actor, data: Buffer): Promise<StoredImage> {
    if (data.length === 0) throw new AppError(400, 'empty_file', '上传的文件是空的。')
    if (data.length > MAX_IMAGE_BYTES) throw new AppError(413, 'too_large', '图片不能超过 5 MB。')
    let info: ReturnType<typeof imageSize>
    try {
      info = imageSize(data)
    } catch {
      throw new AppError(415, 'not_an_image', '只能上传 JPG、PNG、WebP 或 GIF 图片。')
    }
    const type = info.type ? TYPES[info.type] : undefined
    if (!type || !info.width || !info.height) throw new AppError(415, 'not_an_image', '只能上传 JPG、PNG、WebP 或 GIF 图片。')
    const id = newId('i')
    const at = this.now()
    // The file is in place before the row that names it, so a row never points at nothing.
    const file = path.join(this.dir, `${id}.${type.ext}`)
    await fs.promises.writeFile(file, data, { flag: 'wx' })
    try {
      await this.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('images')
          .values({ id, mime: type.mime, bytes: data.length, width: info.width, height: info.height, created_at: at.toISOString(), created_by: actor.id })
          .execute()
        await audit(trx, at, actor, { action: 'image.upload', targetType: 'image', targetId: id, detail: { bytes: data.length } })
      })
    } catch (err) {
      await fs.promises.rm(file, { force: true })
      throw err
    }
    return { id, mime: type.mime, width: info.width, height: info.height, bytes: data.length }
  }

  async open(id: string): Promise<{ file: string; mime: string } | null> {
    if (!/^i[a-z0-9]{1,40}$/.test(id)) return null
    const row = await this.db.selectFrom('images').select(['id', 'mime']).where('id', '=', id).executeTakeFirst()
    if (!row) return null
    const ext = Object.values(TYPES).find((t) => t.mime === row.mime)?.ext
    return { file: path.join(this.dir, `${id}.${ext}`), mime: row.mime }
  }
}
