import type { FastifyRequest } from 'fastify'
import { AppError } from '../errors'

// @fastify/multipart's errors when a form carries more than the one file
// its route's limits allow (files: 1, fields: 0, parts: 1).
const OVER_LIMIT = new Set(['FST_FILES_LIMIT', 'FST_PARTS_LIMIT', 'FST_FIELDS_LIMIT'])

/**
 * An uploaded file as the chunks it arrived in. A picture goes to its
 * process chunk by chunk (processor.ts) and is never joined into one buffer
 * on the API's event loop: a multi-megabyte copy per photo kept V8 collecting
 * its old generation about twice a second under a crowd of uploads (see
 * server/README.md). Whoever needs the file whole joins it (the quiz import).
 */
export interface UploadedFile {
  chunks: Buffer[]
  filename: string
}

/**
 * The one file of a multipart upload, read to its end. `what` names it in the
 * messages (图片, 照片, CSV 或 XLSX 文件); `tooLarge` is the error for a file
 * over the route's limit, whose status and wording differ by audience.
 * The form is read to its end, so a second part is refused rather than
 * ignored, and whatever the parser makes of a broken body (no boundary, cut
 * short, bad part headers) is the sender's mistake: a 400, never a 500.
 */
export async function uploadedFile(req: FastifyRequest, what: string, tooLarge: AppError): Promise<UploadedFile> {
  if (!req.isMultipart()) throw new AppError(415, 'not_multipart', `请用表单（multipart/form-data）上传${what}。`)
  const oneFile = new AppError(400, 'one_file', `表单里只能有一个文件，请只上传${what}，一次一个。`)
  let upload: UploadedFile | null = null
  try {
    for await (const part of req.parts()) {
      if (part.type !== 'file' || upload) throw oneFile
      const chunks: Buffer[] = []
      for await (const chunk of part.file as AsyncIterable<Buffer>) chunks.push(chunk)
      // The parser stops passing a file's bytes at the route's limit and marks it cut short.
      if (part.file.truncated) throw tooLarge
      upload = { chunks, filename: part.filename }
    }
  } catch (err) {
    if (err instanceof AppError) throw err
    const code = err instanceof Error && 'code' in err ? err.code : null
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge
    if (typeof code === 'string' && OVER_LIMIT.has(code)) throw oneFile
    throw new AppError(400, 'bad_form', `上传的表单不完整或格式不对，请重新上传${what}。`)
  }
  if (!upload) throw new AppError(400, 'no_file', `没有收到${what}。`)
  return upload
}
