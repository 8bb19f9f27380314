import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import type SQLite from 'better-sqlite3'

// Runs in the worker: its own connection to the same file, checkpointing the
// log into the database every few hundred milliseconds. PASSIVE never waits
// for (or blocks) the server's readers and writers.
const WORKER = `
const { workerData, parentPort } = require('node:worker_threads')
const Database = require(workerData.driver)
const db = new Database(workerData.file)
db.pragma('busy_timeout = 1000')
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)')
  } catch (error) {
    parentPort.postMessage({ error: String(error) })
  }
}, workerData.everyMs)
parentPort.on('message', () => {
  clearInterval(timer)
  db.close()
  parentPort.close()
})
`

/**
 * Moves SQLite's checkpoints (copying the write-ahead log into the database
 * file, with its fsyncs) off the event loop: the server's own connection
 * stops checkpointing on commit, and a worker thread does it on a timer. If
 * the worker stops, the connection checkpoints on commit again, as SQLite
 * does by default, so the log never grows without bound.
 */
export class Checkpointer {
  private readonly worker: Worker
  private stopped = false

  constructor(file: SQLite.Database, path: string, everyMs = 250) {
    file.pragma('wal_autocheckpoint = 0')
    const driver = createRequire(__filename).resolve('better-sqlite3')
    this.worker = new Worker(WORKER, { eval: true, workerData: { file: path, driver, everyMs } })
    this.worker.unref()
    const fallBack = () => {
      if (!this.stopped && file.open) file.pragma('wal_autocheckpoint = 1000')
    }
    this.worker.on('error', fallBack)
    this.worker.on('exit', fallBack)
  }

  /** Stops the worker; the server's connection checkpoints what is left when it closes. */
  async stop(): Promise<void> {
    this.stopped = true
    const exited = new Promise((resolve) => this.worker.once('exit', resolve))
    this.worker.postMessage('stop')
    await exited
  }
}
