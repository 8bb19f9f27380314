import { createRequire } from 'node:module'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import type { Reply, Request } from './tally-worker'

/**
 * The quiz's counting (tally.ts) on a thread of its own, with its own
 * connection: at the campaign's peak it would otherwise take a fifth of the
 * event loop's time from the requests. The thread starts with the first
 * count (most server starts never see a hand-in) and again if it ever dies.
 * Its TypeScript is loaded through tsx, the way `npm start` runs the server.
 */
export class CountingThread {
  private worker: Worker | null = null
  private next = 0
  private readonly waiting = new Map<number, { resolve: () => void; reject: (error: Error) => void }>()

  constructor(private readonly database: { databaseUrl: string; dataDir: string }) {}

  count(): Promise<void> {
    return this.ask('count')
  }

  /** Lets a running count finish, then stops the thread. */
  async close(): Promise<void> {
    const worker = this.worker
    if (!worker) return
    const exited = new Promise((resolve) => worker.once('exit', resolve))
    await this.ask('close')
    await exited
  }

  private ask(op: Request['op']): Promise<void> {
    const worker = (this.worker ??= this.start())
    const id = this.next++
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject })
      worker.postMessage({ id, op } satisfies Request)
    })
  }

  private start(): Worker {
    const local = createRequire(__filename)
    const bootstrap = `require(${JSON.stringify(local.resolve('tsx/cjs/api'))}).register(); require(${JSON.stringify(path.join(__dirname, 'tally-worker.ts'))})`
    const worker = new Worker(bootstrap, { eval: true, workerData: this.database })
    // Requests keep the server alive, not this thread: an idle counter never holds a closing process open.
    worker.unref()
    worker.on('message', ({ id, error }: Reply) => {
      const waiter = this.waiting.get(id)
      this.waiting.delete(id)
      if (error === undefined) waiter?.resolve()
      else waiter?.reject(new Error(error))
    })
    const lost = (error: Error) => {
      if (this.worker === worker) this.worker = null
      for (const waiter of this.waiting.values()) waiter.reject(error)
      this.waiting.clear()
    }
    worker.on('error', lost)
    worker.on('exit', () => lost(new Error('统计线程已停止')))
    return worker
  }
}
