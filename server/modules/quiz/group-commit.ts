import { setImmediate } from 'node:timers'

/** Rows written by one statement at most. */
const GROUP = 500

/**
 * Group commit: rows that arrive together (in one turn of the event loop,
 * or while the previous group was being written: waiting for its turn, see
 * db/write-turn.ts, or for the disk) are written by one statement, so they
 * share one commit and one wait for the disk. One group is written at a time. Each
 * caller's promise settles once its row is on disk, or with the error
 * `write` gives for that row (if it gives any) or for the whole group.
 */
export class GroupCommit<T> {
  private readonly queue: { row: T; done: (error?: Error) => void }[] = []
  /** A group is being written: rows that arrive meanwhile wait for it and go together in the next. */
  private writing = false

  constructor(private readonly write: (rows: T[]) => Promise<(Error | undefined)[] | void>) {}

  add(row: T): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ row, done: (e) => (e ? reject(e) : resolve()) })
      if (this.queue.length === 1 && !this.writing) setImmediate(() => void this.flush())
    })
  }

  private async flush(): Promise<void> {
    if (this.writing) return
    this.writing = true
    try {
      while (this.queue.length > 0) await this.run(this.queue.splice(0, GROUP))
    } finally {
      this.writing = false
    }
  }

  private async run(group: { row: T; done: (error?: Error) => void }[]): Promise<void> {
    try {
      const errors = await this.write(group.map((job) => job.row))
      group.forEach((job, i) => job.done(errors?.[i]))
    } catch (e) {
      for (const job of group) job.done(e instanceof Error ? e : new Error(String(e)))
    }
  }
}
