import type { Worker } from 'node:worker_threads'
import type { FastifyBaseLogger } from 'fastify'
import { isPostgres } from '../../db/connect'
import { WriteTurn } from '../../db/write-turn'
import { startWorker } from '../../worker'
import type { Reply, Request } from './tally-worker'

/**
 * The quiz's counting (tally.ts) on a thread of its own, with its own
 * connection: at the campaign's peak it would otherwise take a fifth of the
 * event loop's time from the requests. The thread starts with the first
 * count (most server starts never see a hand-in) and again if it ever dies.
 * A failed count and a thread that dies are logged here: the delayed counts
 * after hand-ins have no caller to tell.
 */
export class CountingThread {
  /** Taken by the counting thread's transactions and by the server's quiz writes (see write-turn.ts). */
  readonly turn: WriteTurn
  /** The memory the two take turns in, shared with the thread; none on PostgreSQL. */
  private readonly turns: SharedArrayBuffer | null
  private worker: Worker | null = null
  private next = 0
  private readonly waiting = new Map<number, { resolve: () => void; reject: (error: Error) => void }>()

  constructor(
    private readonly database: { databaseUrl: string; dataDir: string },
    private readonly log: FastifyBaseLogger
  ) {
    this.turns = isPostgres(database.databaseUrl) ? null : WriteTurn.memory()
    this.turn = new WriteTurn('server', this.turns)
  }

  count(): Promise<void> {
    return this.ask('count').catch((err: unknown) => {
      this.log.error({ err }, 'quiz counting failed')
      throw err
    })
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
    const worker = startWorker(__dirname, 'tally-worker', { workerData: { ...this.database, turns: this.turns } })
    // Requests keep the server alive, not this thread: an idle counter never holds a closing process open.
    worker.unref()
    worker.on('message', ({ id, error, stack }: Reply) => {
      const waiter = this.waiting.get(id)
      this.waiting.delete(id)
      if (error === undefined) waiter?.resolve()
      else waiter?.reject(Object.assign(new Error(error), stack ? { stack } : {}))
    })
    const lost = (error: Error) => {
      if (this.worker === worker) this.worker = null
      // A thread that died in its turn never ends it.
      this.turn.free('counting')
      for (const waiter of this.waiting.values()) waiter.reject(error)
      this.waiting.clear()
    }
    worker.on('error', (err) => {
      this.log.error({ err }, 'quiz counting thread failed')
      lost(err)
    })
    worker.on('exit', () => lost(new Error('统计线程已停止')))
    return worker
  }
}
