/**
 * The child process that decodes and re-encodes uploaded pictures. Decoding
 * untrusted images is the costliest and riskiest thing the server does, so it
 * happens here: in a process of its own, with its own thread pool (the API's
 * pool flushes the database log and hashes passwords), one picture at a time,
 * and a crash or a runaway picture ends this process, not the API.
 */
import sharp from 'sharp'
import { FrameReader, writeFrame, type Frame } from './frames'
import type { ImageJob, ImageReply } from './processor'

// One libvips thread per picture: this process is a single lane by design.
sharp.concurrency(1)
sharp.cache(false)

async function run({ header: job, data: picture }: Frame<ImageJob>): Promise<{ reply: ImageReply; data?: Buffer }> {
  try {
    const input = sharp(picture, { failOn: 'error', limitInputPixels: job.maxInputPixels, sequentialRead: true })
    // rotate() applies the camera's orientation before the metadata that held it is dropped (sharp keeps none by default).
    let image = input.rotate().resize({ width: job.maxSide, height: job.maxSide, fit: 'inside', withoutEnlargement: true })
    image = job.output === 'png' ? image.png() : job.output === 'webp' ? image.webp({ quality: 86 }) : image.jpeg({ quality: 86, mozjpeg: true })
    const { data, info } = await image.toBuffer({ resolveWithObject: true })
    return { reply: { id: job.id, width: info.width, height: info.height }, data }
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err)
    return { reply: { id: job.id, error: /pixel limit/i.test(message) ? 'too_many_pixels' : 'undecodable' } }
  }
}

// Jobs come one at a time on stdin and answers go out on stdout (frames.ts); nothing else may write to stdout.
const jobs = new FrameReader<ImageJob>((job) => {
  void run(job).then(({ reply, data }) => writeFrame(process.stdout, reply, data))
})
process.stdin.on('data', (chunk: Buffer) => jobs.push(chunk))
// The API closed its end (it stopped, or let this process go): nothing more will come.
process.stdin.on('end', () => process.exit(0))
