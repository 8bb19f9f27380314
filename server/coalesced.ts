/**
 * Runs a task on demand, one run at a time. Callers that arrive while a run
 * is going share the next run, since the one going may have started before
 * the thing they are waiting for; so a crowd of callers costs two runs at most.
 */
export class Coalesced {
  private running: Promise<void> | null = null
  private queued: Promise<void> | null = null

  constructor(private readonly task: () => Promise<void>) {}

  run(): Promise<void> {
    if (!this.running) return this.start()
    this.queued ??= this.running.then(
      () => this.next(),
      () => this.next()
    )
    return this.queued
  }

  /** Resolves once nothing is running or queued. */
  async idle(): Promise<void> {
    while (this.running || this.queued) await (this.queued ?? this.running)?.catch(() => undefined)
  }

  private next(): Promise<void> {
    this.queued = null
    return this.start()
  }

  private start(): Promise<void> {
    const run = this.task().finally(() => {
      this.running = null
    })
    this.running = run
    return run
  }
}
