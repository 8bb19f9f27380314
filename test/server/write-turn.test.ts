import { WriteTurn } from '../../server/db/write-turn'

/** A write that runs until the test lets it finish. */
function held() {
  let finish!: () => void
  const done = new Promise<void>((resolve) => (finish = resolve))
  return { done, finish }
}

/** The server's side and the counting thread's side of one turn, as the two threads hold them. */
function bothSides(waitMs?: number) {
  const memory = WriteTurn.memory()
  return { server: new WriteTurn('server', memory, waitMs), counting: new WriteTurn('counting', memory, waitMs) }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('taking turns to write', () => {
  it('lets one side write at a time, with the event loop free while the other waits', async () => {
    const { server, counting } = bothSides()
    const order: string[] = []
    const batch = held()
    const counted = counting.run(async () => {
      order.push('count begins')
      await batch.done
      order.push('count ends')
    })
    const written = server.run(async () => void order.push('hand-ins written'))
    // While the hand-ins wait for their turn, timers and other requests still run.
    await pause(20)
    order.push('a timer ran')
    batch.finish()
    await Promise.all([counted, written])
    expect(order).toEqual(['count begins', 'a timer ran', 'count ends', 'hand-ins written'])
  })

  it('answers busy (503) when the turn is not free in time, and the turn is free again after a failed write', async () => {
    const { server, counting } = bothSides(30)
    const batch = held()
    const holding = counting.run(() => batch.done)
    await expect(server.run(async () => 'never')).rejects.toMatchObject({ statusCode: 503, code: 'busy' })
    batch.finish()
    await holding
    await expect(server.run(() => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full')
    await expect(counting.run(async () => 'counted')).resolves.toBe('counted')
  })

  it("frees a turn the counting thread died in, and never the server's own", async () => {
    const { server, counting } = bothSides(1000)
    // A counting thread that took the turn and never came back.
    void counting.run(() => new Promise(() => undefined))
    const waiting = server.run(async () => 'written')
    await pause(10)
    server.free('counting')
    await expect(waiting).resolves.toBe('written')

    // The server in its turn: a counting thread dying now (its exit frees its own turn only) lets no second writer in.
    const write = held()
    const writing = server.run(() => write.done)
    server.free('counting')
    let countedMeanwhile = false
    const counted = counting.run(async () => void (countedMeanwhile = true))
    await pause(20)
    expect(countedMeanwhile).toBe(false)
    write.finish()
    await Promise.all([writing, counted])
    expect(countedMeanwhile).toBe(true)
  })

  it('is no turn at all on PostgreSQL, which locks rows rather than the database', async () => {
    const server = new WriteTurn('server', null)
    const slow = held()
    const first = server.run(() => slow.done)
    await expect(server.run(async () => 'not held up')).resolves.toBe('not held up')
    slow.finish()
    await first
  })
})
