import { fork, type ChildProcess } from 'node:child_process'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { AppError } from '../../errors'
import { sniffPicture, type PictureFormat } from './formats'

export interface ImageJob {
  id: number
  data: Buffer
  output: Exclude<PictureFormat, 'heic'>
  maxSide: number
  maxInputPixels: number
}

export type ImageReply = { id: number; data: Buffer; width: number; height: number } | { id: number; error: 'too_many_pixels' | 'undecodable' }

export interface CleanPicture {
  data: Buffer
  format: Exclude<PictureFormat, 'heic'>
  width: number
  height: number
}

/** A 48-megapixel camera's full picture; a declared size above it is refused before decoding. */
export const MAX_INPUT_PIXELS = 50_000_000
/** Longer pictures are scaled down: a flyer's small print stays readable, the desk loads fast. */
const MAX_SIDE = 3000
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
  private child: ChildProcess | null = null
  private running: { job: ImageJob; resolve: (r: ImageReply) => void; timer: NodeJS.Timeout } | null = null
  private readonly waiting: { job: ImageJob; resolve: (r: ImageReply) => void }[] = []
  private next = 0
  private closed = false

  /** `keep` re-encodes in the picture's own format (office images); `jpeg` always gives a JPEG (tip photos). */
  async clean(data: Buffer, output: 'keep' | 'jpeg'): Promise<CleanPicture> {
    const format = sniffPicture(data)
    if (format === 'heic') throw new AppError(415, 'heic_unsupported', '暂时不能处理苹果手机的 HEIC 格式照片，请在相册里截图后上传截图，或把相机格式设为“兼容性最佳”。')
    if (!format) throw new AppError(415, 'not_an_image', ACCEPTED)
    if (this.closed) throw new AppError(503, 'closing', '服务正在重启，请稍后再上传。')
    if (this.waiting.length >= MAX_WAITING) throw new AppError(503, 'busy', '现在上传照片的人太多，请过一分钟再试。')
    const target = output === 'keep' ? format : 'jpeg'
    const reply = await new Promise<ImageReply>((resolve) => {
      this.waiting.push({ job: { id: this.next++, data, output: target, maxSide: MAX_SIDE, maxInputPixels: MAX_INPUT_PIXELS }, resolve })
      this.pump()
    })
    if ('error' in reply) {
      if (reply.error === 'too_many_pixels') throw new AppError(413, 'too_many_pixels', '图片的像素太多了（超过 5000 万），请换一张或截图后再传。')
      throw new AppError(400, 'not_an_image', `这张图片打不开。${ACCEPTED}`)
    }
    return { data: Buffer.from(reply.data), format: target, width: reply.width, height: reply.height }
  }

  async close(): Promise<void> {
    this.closed = true
    for (const w of this.waiting.splice(0)) w.resolve({ id: w.job.id, error: 'undecodable' })
    const child = this.child
    this.child = null
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill()
      await exited
    }
  }

  private pump(): void {
    if (this.running || this.waiting.length === 0) return
    const { job, resolve } = this.waiting.shift()!
    const child = (this.child ??= this.start())
    // A picture that never finishes is treated like one that cannot be read, and its process replaced.
    const timer = setTimeout(() => child.kill('SIGKILL'), JOB_TIMEOUT_MS)
    this.running = { job, resolve, timer }
    child.send(job)
  }

  private finish(reply: ImageReply): void {
    const running = this.running
    if (!running || running.job.id !== reply.id) return
    clearTimeout(running.timer)
    this.running = null
    running.resolve(reply)
    this.pump()
  }

  private start(): ChildProcess {
    const local = createRequire(__filename)
    const child = fork(path.join(__dirname, 'image-process.ts'), [], {
      execArgv: ['--require', local.resolve('tsx/cjs')],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'inherit', 'ipc']
    })
    // Decoding yields the CPU to the API: on a two-core server the event loop answers first.
    if (child.pid) os.setPriority(child.pid, 19)
    // Requests keep the server alive, not this process.
    child.unref()
    child.channel?.unref()
    child.on('message', (reply: ImageReply) => this.finish(reply))
    child.on('exit', () => {
      if (this.child === child) this.child = null
      if (this.running) this.finish({ id: this.running.job.id, error: 'undecodable' })
    })
    return child
  }
}
