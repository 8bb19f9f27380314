import type { FastifyBaseLogger } from 'fastify'
import { startWorker } from '../../worker'
import { unreadable, type SheetJob, type SheetResult } from './import'

/** Longer than a 5 MB spreadsheet takes on a slow machine; then the thread is stopped. */
const TIME_LIMIT_MS = 30000
/** The reading thread's heap: a spreadsheet that unpacks to more (a zip bomb) fails alone. */
const HEAP_MB = 512

const TOO_BIG = '表格太大或太复杂，打不开：请删去多余的行和工作表，或分几次导入。'

let queue: Promise<unknown> = Promise.resolve()

/**
 * Reads a quiz spreadsheet (see import.ts) on a thread of its own, one
 * import at a time: ExcelJS and csv-parse held the event loop for seconds
 * on a 4.6 MB file. A thread that fails, runs out of memory or out of time
 * answers as an unreadable file, and is logged (the office is told only
 * that the file could not be read).
 */
export function readQuizSheetOffThread(data: Buffer, filename: string, log: FastifyBaseLogger): Promise<SheetResult> {
  const read = queue.then(() => readOnce({ data, filename }, log))
  queue = read.catch(() => undefined)
  return read
}

function readOnce(job: SheetJob, log: FastifyBaseLogger): Promise<SheetResult> {
  return new Promise((resolve) => {
    const worker = startWorker(__dirname, 'import-worker', { workerData: job, resourceLimits: { maxOldGenerationSizeMb: HEAP_MB } })
    let settled = false
    const done = (result: SheetResult) => {
      settled = true
      clearTimeout(timer)
      resolve(result)
      void worker.terminate()
    }
    const timer = setTimeout(() => {
      log.warn({ filename: job.filename, ms: TIME_LIMIT_MS }, 'quiz import thread ran out of time')
      done(unreadable(TOO_BIG))
    }, TIME_LIMIT_MS)
    worker.once('message', done)
    worker.once('error', (err: Error & { code?: string }) => {
      log.warn({ err, filename: job.filename }, 'quiz import thread failed')
      done(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? unreadable(TOO_BIG) : unreadable())
    })
    worker.once('exit', (code) => {
      // After an answer, an error or the time limit the thread is stopped on purpose; before any, it died quietly.
      if (settled) return
      log.warn({ code, filename: job.filename }, 'quiz import thread exited')
      done(unreadable())
    })
  })
}
