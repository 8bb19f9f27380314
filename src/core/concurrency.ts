/**
 * Runs `task` on every item with at most `limit` running at once, and
 * resolves with the results in the items' order. WeChat allows 10 requests
 * in flight for the whole mini-program; a page that fires one per item
 * starves everything else (and fails past 10).
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      results[i] = await task(items[i], i)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
  return results
}
