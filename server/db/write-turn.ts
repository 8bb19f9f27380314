import { AppError } from '../errors'

/** How long a write waits for its turn before it is answered as busy: a count's batch takes milliseconds. */
const WAIT_MS = 5000

/**
 * Whose turn it is to write, between the server's thread and the quiz's
 * counting thread, which each have a connection to the same database.
 * SQLite lets one connection write at a time, and a connection that finds
 * the file locked sleeps in its busy handler, holding its thread: on the
 * server's thread, under a crowd of hand-ins, every request waited while a
 * count's batch held the lock. A write that takes the turn first waits with
 * the event loop free (Atomics.waitAsync), and finds the file unlocked.
 * Only the quiz's writes take turns; the rare others (tips, the office's
 * edits) still wait in SQLite, for a batch's few milliseconds at most.
 */
export class WriteTurn {
  private readonly cell: Int32Array

  /** A new turn, or (in another thread) the one whose `shared` memory was passed there. */
  constructor(
    shared = new SharedArrayBuffer(4),
    private readonly waitMs = WAIT_MS
  ) {
    this.cell = new Int32Array(shared)
  }

  /** The memory to pass to the other thread (in its workerData). */
  get shared(): SharedArrayBuffer {
    return this.cell.buffer as SharedArrayBuffer
  }

  /** Runs `write` in this thread's turn. Not re-entrant: `write` must not take the turn again. */
  async run<T>(write: () => Promise<T>): Promise<T> {
    const deadline = Date.now() + this.waitMs
    while (Atomics.compareExchange(this.cell, 0, 0, 1) !== 0) {
      const left = deadline - Date.now()
      const wait = Atomics.waitAsync(this.cell, 0, 1, Math.max(0, left))
      if ((wait.async ? await wait.value : wait.value) === 'timed-out') throw new AppError(503, 'busy', '服务器正忙，刚才的内容没有保存，请过一会儿再提交一次。')
    }
    try {
      return await write()
    } finally {
      this.end()
    }
  }

  /** Ends the turn: after `write`, and when the counting thread dies, so a turn it held is not held for ever. */
  end(): void {
    Atomics.store(this.cell, 0, 0)
    Atomics.notify(this.cell, 0)
  }
}
