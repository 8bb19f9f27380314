import type { Writable } from 'node:stream'

/**
 * Pictures travel between the API and its picture process as frames on
 * plain pipes (the process's stdin and stdout): a 4-byte length, a JSON
 * header, then the picture's bytes. Node's IPC channel serialises a message
 * whole, on the event loop, before sending it: 20-30 ms for a 5 MB photo,
 * during which the API answered nobody. A pipe takes the buffer as it is
 * and the operating system moves it while the loop goes on.
 */
export interface Frame<H> {
  header: H & { size: number }
  data: Buffer
}

/** Writes a frame; its bytes may be given in the chunks they arrived in, which are written as they are, never joined. */
export function writeFrame<H extends object>(to: Writable, header: H, data: Buffer | readonly Buffer[] = []): void {
  const chunks = Buffer.isBuffer(data) ? [data] : data
  const json = Buffer.from(JSON.stringify({ ...header, size: byteLength(chunks) }))
  const length = Buffer.alloc(4)
  length.writeUInt32BE(json.length)
  to.write(Buffer.concat([length, json]))
  for (const chunk of chunks) if (chunk.length > 0) to.write(chunk)
}

export const byteLength = (chunks: readonly Buffer[]): number => chunks.reduce((n, c) => n + c.length, 0)

/**
 * Collects frames from a pipe's chunks. Chunks are kept as they come and
 * joined once a frame is complete, so a frame costs one copy whatever the
 * number of chunks.
 */
export class FrameReader<H> {
  private chunks: Buffer[] = []
  private buffered = 0
  private header: (H & { size: number }) | null = null

  constructor(private readonly onFrame: (frame: Frame<H>) => void) {}

  push(chunk: Buffer): void {
    this.chunks.push(chunk)
    this.buffered += chunk.length
    for (;;) {
      if (!this.header) {
        if (this.buffered < 4) return
        const head = this.joined().readUInt32BE(0)
        if (this.buffered < 4 + head) return
        this.header = JSON.parse(
          this.joined()
            .subarray(4, 4 + head)
            .toString()
        ) as H & { size: number }
        this.drop(4 + head)
      }
      if (this.buffered < this.header.size) return
      const frame = { header: this.header, data: this.joined().subarray(0, this.header.size) }
      this.drop(this.header.size)
      this.header = null
      this.onFrame(frame)
    }
  }

  private joined(): Buffer {
    if (this.chunks.length !== 1) this.chunks = [Buffer.concat(this.chunks, this.buffered)]
    return this.chunks[0]
  }

  private drop(n: number): void {
    const rest = this.joined().subarray(n)
    this.chunks = rest.length > 0 ? [rest] : []
    this.buffered -= n
  }
}
