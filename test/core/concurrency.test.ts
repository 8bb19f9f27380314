import { mapLimit } from '../../src/core/concurrency'

/** Tasks that finish only when the test says so, counting how many run at once. */
function gate() {
  let running = 0
  let most = 0
  const waiting: (() => void)[] = []
  const task = async (n: number) => {
    running++
    most = Math.max(most, running)
    await new Promise<void>((resolve) => waiting.push(resolve))
    running--
    return n * 10
  }
  const settle = async () => {
    await Promise.resolve()
    await Promise.resolve()
  }
  return { task, waiting, settle, running: () => running, most: () => most }
}

describe('mapLimit', () => {
  it('runs at most the limit at once, starts the next as one finishes, and keeps the order', async () => {
    const g = gate()
    const done = mapLimit([1, 2, 3, 4, 5, 6, 7, 8, 9], 4, g.task)
    await g.settle()
    expect(g.running()).toBe(4)
    g.waiting.splice(1, 1)[0]() // the second one finishes first
    await g.settle()
    expect(g.running()).toBe(4)
    while (g.waiting.length) {
      g.waiting.shift()!()
      await g.settle()
    }
    expect(await done).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90])
    expect(g.most()).toBe(4)
  })

  it('copes with fewer items than the limit, and with none', async () => {
    expect(await mapLimit([1, 2], 4, async (n) => n + 1)).toEqual([2, 3])
    expect(await mapLimit([], 4, async (n: number) => n)).toEqual([])
  })
})
