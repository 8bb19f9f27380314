/**
 * The counting thread (started by tally-thread.ts): its own connection to
 * the server's database and a Counter, answering the main thread's requests.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { connect } from '../../db/connect'
import { WriteTurn } from '../../db/write-turn'
import { Counter } from './tally'

export interface Request {
  id: number
  op: 'count' | 'close'
}
export interface Reply {
  id: number
  error?: string
  /** Where it failed, in this thread, for the log. */
  stack?: string
}

const port = parentPort!
const settings = workerData as { databaseUrl: string; dataDir: string; turns: SharedArrayBuffer | null }
const { db, kind } = connect(settings)
const counter = new Counter(db, kind, new WriteTurn('counting', settings.turns))

port.on('message', ({ id, op }: Request) => {
  const work = op === 'count' ? counter.count() : counter.idle().then(() => db.destroy())
  work
    .then(
      () => port.postMessage({ id } satisfies Reply),
      (error: unknown) => port.postMessage({ id, error: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined } satisfies Reply)
    )
    // Closed: the reply is sent, and the thread ends once its port is shut.
    .finally(() => op === 'close' && port.close())
})
