import { spawn, type ChildProcessByStdio } from 'node:child_process'
import os from 'node:os'
// Node's own timers, whatever the host (the weapp tests run the server under jsdom, whose timers cannot be unref'd).
import { clearTimeout, setTimeout } from 'node:timers'
import type { Readable, Writable } from 'node:stream'
import { AppError } from '../../errors'
import { nodeArguments } from '../../worker'
import { sniffPicture } from '../images/formats'
import { byteLength, FrameReader, writeFrame } from '../images/frames'
import { firstBytes, MAX_INPUT_PIXELS } from '../images/processor'

/** What the photo process is asked to read (photo-process.ts); the photo's bytes follow. */
export interface PhotoJob {
  id: number
  maxSide: number
  maxInputPixels: number
}

/** Its answer: the lines read, top to bottom, or why there are none. */
export type PhotoReply = { id: number; lines: string[] } | { id: number; error: 'too_many_pixels' | 'undecodable' | 'failed' | 'timeout' }

/** Sent by the photo process once the photo is decoded and the models are loaded, before it starts reading. */
export interface PhotoLoaded {
  id: number
  loaded: true
}

type PhotoProcess = ChildProcessByStdio<Writable, Readable, null>
type Waiting = { job: PhotoJob; data: readonly Buffer[]; resolve: (reply: PhotoReply) => void }

/**
 * Photos are read at most this many pixels on their longer side. An A4 flyer
 * photographed whole keeps its small print (about 9 pt) near 19 px high,
 * which the models read (at 960 it would be 14 px). On a quiet machine a
 * 1600×1200 photo of ten lines took 2.3 s at 1280 and 4.1 s at full size,
 * with the same text; 960 took 1.5 s.
 */
const MAX_SIDE = 1280
/** Photos waiting behind the one being read (about 2 s each); past this the sender is asked to try again shortly. */
const MAX_WAITING = 4
/** A photo that takes longer than this to read is not a flyer: its process is ended and the next starts a new one. */
const JOB_TIMEOUT_MS = 20_000
/**
 * Decoding the photo and, for a process just started, loading the models (about a second on a quiet machine) before the
 * read's own clock starts: on a busy two-core machine the niced process's cold load alone once passed the read's 20 s.
 */
const LOAD_TIMEOUT_MS = 60_000
/** With no photo for this long the process ends and gives back its memory (up to about 700 MB while reading). */
const IDLE_MS = 60_000
/**
 * The recogniser turns each photo into plain JavaScript arrays (about 150 MB
 * of garbage per photo), which V8 let pile up: the process peaked at 1035 MB
 * over six photos. A small heap collects it sooner: 644-702 MB, at the same speed
 * (npm run bench:ocr). The rest is the models' own memory, outside the heap.
 */
const HEAP_FLAGS = ['--max-old-space-size=128', '--max-semi-space-size=8']
/** The most text one photo gives: what the 广告体检 box holds. */
export const MAX_TEXT = 5000

const ACCEPTED = '只能识别手机拍的照片或截图（JPG、PNG、WebP）。'

/**
 * Reads the Chinese text on a photographed flyer for 广告体检, in a child
 * process (photo-process.ts) started at the first photo, one photo at a time,
 * below the API's priority. The photo goes to that process in the chunks it
 * arrived in and only the text comes back: nothing is stored or logged.
 */
export class PhotoReader {
  private child: PhotoProcess | null = null
  private running: (Waiting & { child: PhotoProcess; timer: NodeJS.Timeout; timedOut: boolean }) | null = null
  private readonly waiting: Waiting[] = []
  private idle: NodeJS.Timeout | null = null
  private next = 0
  private closed = false

  /** The lines of text on the photo, top to bottom, at most MAX_TEXT characters in all. */
  async read(photo: readonly Buffer[]): Promise<string[]> {
    if (byteLength(photo) === 0) throw new AppError(400, 'empty_file', '上传的文件是空的，请重新选择照片。')
    const format = sniffPicture(firstBytes(photo))
    if (format === 'heic') throw new AppError(415, 'heic_unsupported', '暂时不能识别苹果手机的 HEIC 格式照片，请截图后再选截图，或把相机格式设为“兼容性最佳”。')
    if (!format) throw new AppError(415, 'not_an_image', ACCEPTED)
    if (this.closed) throw new AppError(503, 'closing', '服务正在重启，请稍后再试。')
    if (this.waiting.length >= MAX_WAITING) throw new AppError(503, 'busy', '现在识别照片的人太多，请过一会儿再试，或直接输入文字。')
    const reply = await new Promise<PhotoReply>((resolve) => {
      this.waiting.push({ job: { id: this.next++, maxSide: MAX_SIDE, maxInputPixels: MAX_INPUT_PIXELS }, data: photo, resolve })
      this.pump()
    })
    if ('lines' in reply) return withinLimit(reply.lines)
    if (reply.error === 'too_many_pixels') throw new AppError(413, 'too_many_pixels', '照片的像素太多了（超过 5000 万），请换一张或截图后再试。')
    if (reply.error === 'undecodable') throw new AppError(400, 'not_an_image', `这张照片打不开。${ACCEPTED}`)
    if (reply.error === 'timeout') throw new AppError(503, 'ocr_timeout', '这张照片识别得太久了，请换一张更清楚的照片，或直接输入文字。')
    throw new AppError(503, 'ocr_failed', '照片没能识别，请再试一次，或直接输入文字。')
  }

  async close(): Promise<void> {
    this.closed = true
    for (const w of this.waiting.splice(0)) w.resolve({ id: w.job.id, error: 'failed' })
    await this.stop()
  }

  private pump(): void {
    if (this.running) return
    const next = this.waiting.shift()
    if (!next) return
    if (this.idle) clearTimeout(this.idle)
    this.idle = null
    const child = (this.child ??= this.start())
    this.running = { ...next, child, timer: this.deadline(child, LOAD_TIMEOUT_MS), timedOut: false }
    writeFrame(child.stdin, next.job, next.data)
  }

  /** A photo that never finishes ends its process; the exit below answers it. */
  private deadline(child: PhotoProcess, ms: number): NodeJS.Timeout {
    return setTimeout(() => {
      if (this.running) this.running.timedOut = true
      child.kill('SIGKILL')
    }, ms)
  }

  /** The models are ready and the read begins: from now it has the read's own time. */
  private loaded(id: number): void {
    const running = this.running
    if (!running || running.job.id !== id) return
    clearTimeout(running.timer)
    running.timer = this.deadline(running.child, JOB_TIMEOUT_MS)
  }

  private finish(reply: PhotoReply): void {
    const running = this.running
    if (!running || running.job.id !== reply.id) return
    clearTimeout(running.timer)
    this.running = null
    running.resolve(reply)
    this.pump()
    if (!this.running && this.child && !this.closed) {
      this.idle = setTimeout(() => void this.stop(), IDLE_MS)
      this.idle.unref()
    }
  }

  /** Ends the process: it exits when its input closes (photo-process.ts), or is killed if it does not within a second. */
  private async stop(): Promise<void> {
    if (this.idle) clearTimeout(this.idle)
    this.idle = null
    const child = this.child
    this.child = null
    if (!child || child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.stdin.end()
    const kill = setTimeout(() => child.kill('SIGKILL'), 1000)
    await exited
    clearTimeout(kill)
  }

  private start(): PhotoProcess {
    const child = spawn(process.execPath, [...HEAP_FLAGS, ...nodeArguments(__dirname, 'photo-process')], { stdio: ['pipe', 'pipe', 'inherit'] })
    // Reading a photo yields the CPU to the API: on a two-core server the event loop answers first. Not as far
    // as the picture process (19), whose jobs take a tenth of a second: at 19, a busy machine starved a
    // two-second read past its timeout (20 s); at 10 it still gets about a tenth of a core against the API.
    if (child.pid) os.setPriority(child.pid, 10)
    // Requests keep the server alive, not this process or its pipes.
    child.unref()
    for (const pipe of [child.stdin, child.stdout] as unknown as { unref(): void }[]) pipe.unref()
    // A write to a process that has just died is answered by its exit below.
    child.stdin.on('error', () => undefined)
    const replies = new FrameReader<PhotoReply | PhotoLoaded>(({ header }) => ('loaded' in header ? this.loaded(header.id) : this.finish(header)))
    child.stdout.on('data', (chunk: Buffer) => replies.push(chunk))
    child.on('exit', () => {
      if (this.child === child) this.child = null
      const running = this.running
      if (running?.child === child) this.finish({ id: running.job.id, error: running.timedOut ? 'timeout' : 'failed' })
    })
    return child
  }
}

/** The lines, cut where the text box would be full. */
function withinLimit(lines: string[]): string[] {
  const kept: string[] = []
  let length = 0
  for (const line of lines) {
    if (length + line.length > MAX_TEXT) break
    kept.push(line)
    // The line break the client joins them with.
    length += line.length + 1
  }
  return kept
}
