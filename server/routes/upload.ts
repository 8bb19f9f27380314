import type { FastifyRequest } from 'fastify'
import { AppError } from '../errors'

/**
 * The one file of a multipart upload, read whole. `what` names it in the
 * messages (图片, 照片, CSV 或 XLSX 文件); `tooLarge` is the error for a file
 * over the route's limit, whose status and wording differ by audience.
 */
export async function uploadedFile(req: FastifyRequest, what: string, tooLarge: AppError): Promise<{ data: Buffer; filename: string }> {
  if (!req.isMultipart()) throw new AppError(415, 'not_multipart', `请用表单（multipart/form-data）上传${what}。`)
  const file = await req.file()
  if (!file) throw new AppError(400, 'no_file', `没有收到${what}。`)
  try {
    return { data: await file.toBuffer(), filename: file.filename }
  } catch (err) {
    if (err instanceof Error && 'code' in err && err.code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge
    throw err
  }
}
