import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { ImageProcessor } from './processor'
import { ImageService } from './service'

declare module 'fastify' {
  interface FastifyInstance {
    /** The picture process, which cleans office pictures and tip photos alike. */
    pictures: ImageProcessor
    images: ImageService
  }
}

export const picturesPlugin = fp(
  async function pictures(app: FastifyInstance) {
    const pictures = new ImageProcessor()
    app.addHook('onClose', async () => pictures.close())
    app.decorate('pictures', pictures)
  },
  { name: 'pictures' }
)

export const imagesPlugin = fp(
  async function images(app: FastifyInstance) {
    const images = new ImageService(app.db, app.now, app.pictures)
    await adoptUploads(app, 'images', images)
    app.decorate('images', images)
  },
  { name: 'images', dependencies: ['foundation', 'pictures'] }
)

/** Uploads live in the database; files a deployment from before left in DATA_DIR/uploads go into their rows, once. */
export async function adoptUploads(app: FastifyInstance, what: string, service: { adoptFiles(dataDir: string): Promise<{ adopted: number; missing: number }> }): Promise<void> {
  const { adopted, missing } = await service.adoptFiles(app.config.DATA_DIR)
  if (adopted > 0) app.log.info({ adopted }, `${what} moved from DATA_DIR/uploads into the database`)
  if (missing > 0) app.log.warn({ missing }, `${what} without their bytes: their files were missing when they were moved into the database`)
}
