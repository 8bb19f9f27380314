import { spawn, type ChildProcessByStdio } from 'node:child_process'
import os from 'node:os'
import type { Readable, Writable } from 'node:stream'
import { AppError } from '../../errors'
import { nodeArguments } from '../../worker'
import { sniffPicture, type PictureFormat } from './formats'
import { byteLength, FrameReader, writeFrame, type Frame } from './frames'

/** What the picture process is asked to do with the bytes that follow (frames.ts). */
export interface ImageJob {
  id: number
  output: Exclude<PictureFormat, 'heic'>
  maxSide: number
  maxInputPixels: number
}

/** Its answer; a clean picture's bytes follow the header. */
export type ImageReply = { id: number; width: number; height: number } | { id: number; error: 'too_many_pixels' | 'undecodable' }

type Job = { header: ImageJob; data: readonly Buffer[] }
type Waiting = { job: Job; resolve: (r: Frame<ImageReply>) => void }
export type PictureUse = 'office' | 'tip'
type PictureProcess = ChildProcessByStdio<Writable, Readable, null>

export interface CleanPicture {
  data: Buffer
  format: Exclude<PictureFormat, 'heic'>
  width: number
  height: number
}

/** A 48-megapixel camera's full picture; a declared size above it is refused before decoding. */
export const MAX_INPUT_PIXELS = 50_000_000
/**
 * Longer pictures are scaled down so the desk loads fast. A tip photo of a
 * flyer keeps its small print readable at 2000 px (about 240 dpi across an
 * A4 sheet; WeChat's compressed pictures are smaller still), and is stored
 * at a fifth of the bytes 3000 px would take; the office's own pictures may
 * be posters meant for print.
 */
const MAX_SIDE: Record<PictureUse, number> = { office: 3000, tip: 2000 }
/** Pictures waiting their turn; more than this and the uploader is asked to try again shortly. */
const MAX_WAITING = 16
/** A picture that takes longer than this is not a photo: its process is ended and restarted. */
const JOB_TIMEOUT_MS = 20_000

const ACCEPTED = '只能上传手机拍的照片或截图（JPG、PNG、WebP）。'

/**
 * Decodes, checks and re-encodes uploaded pictures (tip photos, office
 * images) in a child process (image-process.ts), one at a time: whatever a
 * picture declares, the API's event loop and thread pool stay free and its
 * memory stays bounded. Re-encoding drops every piece of metadata (EXIF GPS,
 * camera serial, XMP), after turning the picture upright.
 */
export class ImageProcessor {
  private child: PictureProcess | null = null
  private running: { job: Job; resolve: (r: Frame<ImageReply>) => void; timer: NodeJS.Timeout } | null = null
  /**
   * A queue for each kind of uploader. Anyone may send tip photos, so a burst
   * of them (or of bombs) must not keep the office from uploading: its
   * pictures go first, and each queue is full on its own.
   */
  private readonly waiting: Record<PictureUse, Waiting[]> = { office: [], tip: [] }
  private next = 0
  private closed = false

  /**
   * The office's pictures keep their format; a tip photo always becomes a
   * JPEG. An upload is given in the chunks it arrived in (routes/upload.ts),
   * which go to the picture process as they are.
   */
  async clean(picture: Buffer | readonly Buffer[], use: PictureUse): Promise<CleanPicture> {
    const data = Buffer.isBuffer(picture) ? [picture] : picture
    // Checked here so that every upload of a picture answers an empty file alike.
    if (byteLength(data) === 0) throw new AppError(400, 'empty_file', '上传的文件是空的，请重新选择照片。')
    const format = sniffPicture(firstBytes(data))
    if (format === 'heic') throw new AppError(415, 'heic_unsupported', '暂时不能处理苹果手机的 HEIC 格式照片，请在相册里截图后上传截图，或把相机格式设为“兼容性最佳”。')
    if (!format) throw new AppError(415, 'not_an_image', ACCEPTED)
    if (this.closed) throw new AppError(503, 'closing', '服务正在重启，请稍后再上传。')
    const queue = this.waiting[use]
    if (queue.length >= MAX_WAITING) throw new AppError(503, 'busy', '现在上传照片的人太多，请过一分钟再试。')
    const target = use === 'office' ? format : 'jpeg'
    const { header: reply, data: clean } = await new Promise<Frame<ImageReply>>((resolve) => {
      queue.push({ job: { header: { id: this.next++, output: target, maxSide: MAX_SIDE[use], maxInputPixels: MAX_INPUT_PIXELS }, data }, resolve })
      this.pump()
    })
    if ('error' in reply) {
      if (reply.error === 'too_many_pixels') throw new AppError(413, 'too_many_pixels', '图片的像素太多了（超过 5000 万），请换一张或截图后再传。')
      throw new AppError(400, 'not_an_image', `这张图片打不开。${ACCEPTED}`)
    }
    return { data: clean, format: target, width: reply.width, height: reply.height }
  }

  async close(): Promise<void> {
    this.closed = true
    for (const w of [...this.waiting.office.splice(0), ...this.waiting.tip.splice(0)]) w.resolve(failed(w.job.header.id))
    const child = this.child
    this.child = null
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill()
      await exited
    }
  }

  private pump(): void {
    if (this.running) return
    const next = this.waiting.office.shift() ?? this.waiting.tip.shift()
    if (!next) return
    const { job, resolve } = next
    const child = (this.child ??= this.start())
    // A picture that never finishes is treated like one that cannot be read, and its process replaced.
    const timer = setTimeout(() => child.kill('SIGKILL'), JOB_TIMEOUT_MS)
    this.running = { job, resolve, timer }
    writeFrame(child.stdin, job.header, job.data)
  }

  private finish(reply: Frame<ImageReply>): void {
    const running = this.running
    if (!running || running.job.header.id !== reply.header.id) return
    clearTimeout(running.timer)
    this.running = null
    running.resolve(reply)
    this.pump()
  }

  private start(): PictureProcess {
    const child = spawn(process.execPath, nodeArguments(__dirname, 'image-process'), { stdio: ['pipe', 'pipe', 'inherit'] })
    // Decoding yields the CPU to the API: on a two-core server the event loop answers first.
    if (child.pid) os.setPriority(child.pid, 19)
    // Requests keep the server alive, not this process or its pipes.
    child.unref()
    for (const pipe of [child.stdin, child.stdout] as unknown as { unref(): void }[]) pipe.unref()
    // A write to a process that has just died is answered by its exit below.
    child.stdin.on('error', () => undefined)
    const replies = new FrameReader<ImageReply>((reply) => this.finish(reply))
    child.stdout.on('data', (chunk: Buffer) => replies.push(chunk))
    child.on('exit', () => {
      if (this.child === child) this.child = null
      if (this.running) this.finish(failed(this.running.job.header.id))
    })
    return child
  }
}

/** Enough of a picture's first bytes to tell its format (formats.ts), however its chunks were cut. */
export function firstBytes(chunks: readonly Buffer[], n = 16): Buffer {
  const head: Buffer[] = []
  let got = 0
  for (const chunk of chunks) {
    if (got >= n) break
    head.push(chunk.subarray(0, n - got))
    got += head[head.length - 1].length
  }
  return Buffer.concat(head)
}

const failed = (id: number): Frame<ImageReply> => ({ header: { id, error: 'undecodable', size: 0 }, data: Buffer.alloc(0) })
