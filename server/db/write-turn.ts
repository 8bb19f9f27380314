import { AppError } from '../errors'

/** How long a write waits for its turn before it is answered as busy: a count's batch takes milliseconds. */
const WAIT_MS = 5000

/** Who takes turns: the server's thread and the quiz's counting thread, each with its own connection. */
export type Writer = 'server' | 'counting'

const FREE = 0
const HELD: Record<Writer, number> = { server: 1, counting: 2 }

/**
 * Whose turn it is to write to the SQLite file, between the server's thread
 * and the quiz's counting thread. SQLite lets one connection write at a
 * time, and a connection that finds the file locked sleeps in its busy
 * handler, holding its thread: on the server's thread, under a crowd of
 * hand-ins, every request waited while a count's batch held the lock. A
 * write that takes the turn first waits with the event loop free
 * (Atomics.waitAsync), and finds the file unlocked. The quiz's writes (draws,
 * hand-ins, checked answers, the retention purge) take turns; the rare others
 * (tips, the office's edits) still wait in SQLite, for a batch at most.
 */
export class WriteTurn {
  private readonly cell: Int32Array | null

  /**
   * `shared` is the memory both threads take turns in (`WriteTurn.memory()`,
   * made on the server's side and passed to the counting thread), or null
   * where no turns are needed: PostgreSQL locks rows, not the whole database.
   */
  constructor(
    private readonly writer: Writer,
    shared: SharedArrayBuffer | null,
    private readonly waitMs = WAIT_MS
  ) {
    this.cell = shared ? new Int32Array(shared) : null
  }

  static memory(): SharedArrayBuffer {
    return new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)
  }

  /** Runs `write` in this writer's turn. Not re-entrant: `write` must not take the turn again. */
  async run<T>(write: () => Promise<T>): Promise<T> {
    const cell = this.cell
    if (!cell) return write()
    const deadline = Date.now() + this.waitMs
    while (true) {
      const holder = Atomics.compareExchange(cell, 0, FREE, HELD[this.writer])
      if (holder === FREE) break
      const wait = Atomics.waitAsync(cell, 0, holder, Math.max(0, deadline - Date.now()))
      if ((wait.async ? await wait.value : wait.value) === 'timed-out') throw new AppError(503, 'busy', '服务器正忙，刚才的内容没有保存，请过一会儿再提交一次。')
    }
    try {
      return await write()
    } finally {
      this.free(this.writer)
    }
  }

  /** Ends `writer`'s turn if it holds it: after its write, and when the counting thread died in its turn (never someone else's). */
  free(writer: Writer): void {
    if (this.cell && Atomics.compareExchange(this.cell, 0, HELD[writer], FREE) === HELD[writer]) Atomics.notify(this.cell, 0)
  }
}
