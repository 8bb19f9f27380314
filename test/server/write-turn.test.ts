import { WriteTurn } from '../../server/db/write-turn'

/** A write that runs until the test lets it finish. */
function held() {
  let finish!: () => void
  const done = new Promise<void>((resolve) => (finish = resolve))
  return { done, finish }
}

describe('taking turns to write', () => {
  it('lets one write at a time, across both threads’ views of the turn, with the event loop free while waiting', async () => {
    const server = new WriteTurn()
    // The counting thread's view: the same memory, passed in workerData.
    const counting = new WriteTurn(server.shared)
    const order: string[] = []
    const first = held()
    const counted = counting.run(async () => {
      order.push('count begins')
      await first.done
      order.push('count ends')
    })
    const written = server.run(async () => void order.push('hand-ins written'))
    // While the hand-ins wait for their turn, timers and other requests still run.
    await new Promise((resolve) => setTimeout(resolve, 20))
    order.push('a timer ran')
    first.finish()
    await Promise.all([counted, written])
    expect(order).toEqual(['count begins', 'a timer ran', 'count ends', 'hand-ins written'])
  })

  it('answers busy (503) when the turn is not free in time, and the turn is free again after a failed write', async () => {
    const turn = new WriteTurn(undefined, 30)
    const first = held()
    const holding = turn.run(() => first.done)
    await expect(turn.run(async () => 'never')).rejects.toMatchObject({ statusCode: 503, code: 'busy' })
    first.finish()
    await holding
    await expect(turn.run(() => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full')
    await expect(turn.run(async () => 'written')).resolves.toBe('written')
  })

  it('is freed by `end` when the thread holding it died', async () => {
    const server = new WriteTurn(undefined, 1000)
    const dead = new WriteTurn(server.shared)
    // A thread that took the turn and never came back.
    void dead.run(() => new Promise(() => undefined))
    const waiting = server.run(async () => 'written')
    await new Promise((resolve) => setTimeout(resolve, 10))
    server.end()
    await expect(waiting).resolves.toBe('written')
  })
})
