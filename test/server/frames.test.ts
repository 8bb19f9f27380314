import { PassThrough } from 'node:stream'
import { FrameReader, writeFrame, type Frame } from '../../server/modules/images/frames'

/** Everything written to a pipe, as the bytes the other end receives. */
async function written(write: (to: PassThrough) => void): Promise<Buffer> {
  const pipe = new PassThrough()
  const chunks: Buffer[] = []
  pipe.on('data', (c: Buffer) => chunks.push(c))
  write(pipe)
  pipe.end()
  await new Promise((resolve) => pipe.on('end', resolve))
  return Buffer.concat(chunks)
}

describe('picture frames between the API and its picture process', () => {
  const picture = Buffer.from(Array.from({ length: 70000 }, (_, i) => (i * 31) % 256))

  it('reads back every frame whatever the pipe cuts it into', async () => {
    const bytes = await written((to) => {
      writeFrame(to, { id: 1, note: '第一张' }, picture)
      writeFrame(to, { id: 2, error: 'undecodable' })
      writeFrame(to, { id: 3 }, picture.subarray(0, 5))
    })
    for (const cut of [1, 3, 4, 7, 1000, 65536, bytes.length]) {
      const frames: Frame<{ id: number; note?: string; error?: string }>[] = []
      const reader = new FrameReader<{ id: number; note?: string; error?: string }>((f) => frames.push({ header: f.header, data: Buffer.from(f.data) }))
      for (let at = 0; at < bytes.length; at += cut) reader.push(bytes.subarray(at, at + cut))
      expect(frames.map((f) => f.header)).toEqual([
        { id: 1, note: '第一张', size: picture.length },
        { id: 2, error: 'undecodable', size: 0 },
        { id: 3, size: 5 }
      ])
      expect(frames[0].data.equals(picture)).toBe(true)
      expect(frames[1].data.length).toBe(0)
      expect(frames[2].data.equals(picture.subarray(0, 5))).toBe(true)
    }
  })

  it('writes a picture given in the chunks it arrived in as the same frame as the picture whole', async () => {
    const cuts = [0, 1, 2, 17, 4096, 65536, picture.length]
    const chunks = cuts.slice(1).map((end, i) => picture.subarray(cuts[i], end))
    const whole = await written((to) => writeFrame(to, { id: 4 }, picture))
    expect((await written((to) => writeFrame(to, { id: 4 }, chunks))).equals(whole)).toBe(true)
    const frames: Frame<{ id: number }>[] = []
    new FrameReader<{ id: number }>((f) => frames.push(f)).push(whole)
    expect(frames[0].header).toEqual({ id: 4, size: picture.length })
    expect(frames[0].data.equals(picture)).toBe(true)
  })

  it('waits for a frame that has not all arrived', async () => {
    const bytes = await written((to) => writeFrame(to, { id: 9 }, picture))
    const frames: unknown[] = []
    const reader = new FrameReader((f) => frames.push(f))
    reader.push(bytes.subarray(0, bytes.length - 1))
    expect(frames).toHaveLength(0)
    reader.push(bytes.subarray(bytes.length - 1))
    expect(frames).toHaveLength(1)
  })
})
