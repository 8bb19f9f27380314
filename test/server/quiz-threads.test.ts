import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Fastify from 'fastify'
import { CountingThread } from '../../server/modules/quiz/tally-thread'

/** A real logger whose lines the test reads. */
function capturedLog() {
  const lines: { msg: string; err?: { message: string } }[] = []
  const app = Fastify({ logger: { level: 'error', stream: { write: (line: string) => lines.push(JSON.parse(line)) } } })
  return { log: app.log, lines }
}

describe('the quiz counting thread', () => {
  it('logs a counting thread that cannot start, and fails the count that waited for it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fangfei-threads-'))
    // A data folder that cannot be made: a file stands where it should be.
    const blocked = path.join(dir, 'file')
    fs.writeFileSync(blocked, '')
    const { log, lines } = capturedLog()
    const thread = new CountingThread({ databaseUrl: '', dataDir: path.join(blocked, 'data') }, log)
    try {
      await expect(thread.count()).rejects.toThrow(/ENOTDIR/)
      expect(lines.map((l) => l.msg)).toEqual(['quiz counting thread failed', 'quiz counting failed'])
      expect(lines[0].err?.message).toMatch(/ENOTDIR/)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
