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
 * answers as an unreadable file.
 */
export function readQuizSheetOffThread(data: Buffer, filename: string): Promise<SheetResult> {
  const read = queue.then(() => readOnce({ data, filename }))
  queue = read.catch(() => undefined)
  return read
}

function readOnce(job: SheetJob): Promise<SheetResult> {
  return new Promise((resolve) => {
    const worker = startWorker(__dirname, 'import-worker', { workerData: job, resourceLimits: { maxOldGenerationSizeMb: HEAP_MB } })
    const done = (result: SheetResult) => {
      clearTimeout(timer)
      resolve(result)
      void worker.terminate()
    }
    const timer = setTimeout(() => done(unreadable(TOO_BIG)), TIME_LIMIT_MS)
    worker.once('message', done)
    worker.once('error', (error: Error & { code?: string }) => done(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? unreadable(TOO_BIG) : unreadable()))
    worker.once('exit', () => done(unreadable()))
  })
}
